package dk.holbaek.experiments.api.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

import dk.holbaek.experiments.api.render.ReportDocument.Block;
import dk.holbaek.experiments.api.render.ReportDocument.Chapter;
import dk.holbaek.experiments.api.render.ReportDocument.Chart;
import dk.holbaek.experiments.api.render.ReportDocument.Emphasis;
import dk.holbaek.experiments.api.render.ReportDocument.Items;
import dk.holbaek.experiments.api.render.ReportDocument.Lead;
import dk.holbaek.experiments.api.render.ReportDocument.Paragraph;
import dk.holbaek.experiments.api.render.ReportDocument.Section;
import dk.holbaek.experiments.api.render.ReportDocument.Table;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.HypothesisOutcome;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.query.report.ExperienceReport;
import dk.holbaek.experiments.query.report.ExperienceReport.AreaChapter;
import dk.holbaek.experiments.query.report.ExperienceReport.Caveats;
import dk.holbaek.experiments.query.report.ExperienceReport.Council;
import dk.holbaek.experiments.query.report.ExperienceReport.CriterionChapter;
import dk.holbaek.experiments.query.report.ExperienceReport.Economy;
import dk.holbaek.experiments.query.report.ExperienceReport.ExperimentAppendix;
import dk.holbaek.experiments.query.report.ExperienceReport.ExperimentFacts;
import dk.holbaek.experiments.query.report.ExperienceReport.HypothesisEntry;
import dk.holbaek.experiments.query.report.ExperienceReport.LearningCounts;
import dk.holbaek.experiments.query.report.ExperienceReport.LearningItem;
import dk.holbaek.experiments.query.report.ExperienceReport.NamedFigure;
import dk.holbaek.experiments.query.report.ExperienceReport.Reach;
import dk.holbaek.experiments.query.report.ExperienceReport.RecommendationEntry;
import dk.holbaek.experiments.query.report.ExperienceReport.Setbacks;
import dk.holbaek.experiments.query.report.ExperienceReport.Stopped;
import dk.holbaek.experiments.query.programme.Measures;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;
import dk.holbaek.experiments.query.report.Figure;

/**
 * Writes the experience report as a document in one language: every sentence from the message files, every number
 * from the report's figures, so that where the text says "most" it also says which and how many.
 */
final class ReportWriter {

    private final ExperienceReport report;
    private final ReportTexts t;
    private final ReportPublisher publisher;
    private final List<Chapter> chapters = new ArrayList<>();

    private ReportWriter(ExperienceReport report, ReportTexts texts, ReportPublisher publisher) {
        this.report = report;
        this.t = texts;
        this.publisher = publisher;
    }

    static ReportDocument write(ExperienceReport report, ReportTexts texts, ReportPublisher publisher) {
        return new ReportWriter(report, texts, publisher).document();
    }

    private ReportDocument document() {
        chapter("resume", resume(), List.of());
        chapter("introduction", introduction(), List.of());
        chapter("criteria", List.of(new Paragraph(t.text("report.criteria.intro"))),
                report.criteria().stream().map(this::criterion).toList());
        chapter("areas", List.of(new Paragraph(t.text("report.areas.intro"))),
                report.insightAreas().stream().map(this::area).toList());
        chapter("hypotheses", hypotheses(), List.of());
        chapter("setbacks", setbacks(), List.of());
        chapter("reach", reach(), List.of());
        chapter("economy", economy(), List.of());
        chapter("council", council(), List.of());
        chapter("external", external(), List.of());
        chapter("method", method(), List.of());
        chapter("conclusion", conclusion(), List.of());
        chapter("recommendations", report.recommendations().isEmpty()
                ? List.of(new Paragraph(t.text("report.recommendations.none"))) : List.of(),
                numbered(report.recommendations().size(), i -> recommendation(report.recommendations().get(i), i + 1)));
        chapter("proposal", proposal(), List.of());
        chapters.add(new Chapter("appendix", t.text("report.chapter.appendix"),
                List.of(new Paragraph(t.text("report.appendix.intro"))),
                numbered(report.appendix().size(), i -> appendix(report.appendix().get(i), i + 1))));
        return new ReportDocument(t.language(), titlePage(), t.text("report.contents"), List.copyOf(chapters));
    }

    private void chapter(String id, List<Block> blocks, List<Section> sections) {
        chapters.add(new Chapter(id, (chapters.size() + 1) + ". " + t.text("report.chapter." + id), blocks, sections));
    }

    /** The number a chapter will have, for references to it from chapters before it. */
    private static int numberOf(String id) {
        return List.of("resume", "introduction", "criteria", "areas", "hypotheses", "setbacks", "reach", "economy",
                "council", "external", "method", "conclusion", "recommendations", "proposal").indexOf(id) + 1;
    }

    private ReportDocument.TitlePage titlePage() {
        ExperienceReport.Summary summary = report.summary();
        int last = report.asOf().getYear();
        int first = summary.firstActivity() == null ? last : Math.min(summary.firstActivity().getYear(), last);
        String years = first == last ? String.valueOf(last) : first + "–" + last;
        return new ReportDocument.TitlePage(publisher.municipality(), t.text("report.title"),
                t.text("report.subtitle", publisher.municipality(), years),
                publisher.sender() != null ? publisher.sender() : t.text("report.sender"), t.date(report.asOf()),
                t.text("report.dataAsOf", moment(), t.number(report.eventCount())));
    }

    // 1. Resumé

    private List<Block> resume() {
        ExperienceReport.Summary summary = report.summary();
        Reach reach = report.reach();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(t.text("report.resume.what", count(summary.experiments()),
                summary.methods().stream().map(method -> t.label("method", method).toLowerCase(locale()))
                        .collect(Collectors.joining(", ")),
                summary.firstActivity() == null ? "–" : t.date(summary.firstActivity()),
                summary.lastActivity() == null ? "–" : t.date(summary.lastActivity()),
                statusCount(ExperimentStatus.CONCLUDED), statusCount(ExperimentStatus.RUNNING),
                statusCount(ExperimentStatus.CANCELLED),
                statusCount(ExperimentStatus.PROPOSED) + statusCount(ExperimentStatus.APPROVED))));
        blocks.add(new Paragraph(t.text("report.resume.who", count(summary.activities()), count(summary.participants()),
                count(reach.rarelyHeardParticipants()), t.share(Measures.share(reach.rarelyHeardParticipants().value(),
                        reach.participants().value())), count(report.caveats().respondents()))));
        blocks.add(new Paragraph(t.text("report.resume.council", report.council().occasions().size(),
                report.setbacks().yearsBelowTwice().isEmpty() ? t.text("report.resume.council.met")
                        : t.text("report.resume.council.notMet", String.join(", ",
                        report.setbacks().yearsBelowTwice().keySet())))));
        blocks.add(new Paragraph(t.text("report.resume.money", t.kroner(report.economy().spentDkk().value()),
                t.kroner(report.economy().approvedDkk().value()), t.share(share(report.economy().spentDkk().value(),
                        report.economy().approvedDkk().value())))));
        blocks.add(new Paragraph(learningSentence(allLearnings()) + " " + hypothesisSentence()));
        long adopted = report.recommendations().stream()
                .filter(entry -> entry.adoptions().containsKey(AdoptingBody.CITY_COUNCIL)).count();
        blocks.add(new Paragraph(t.text("report.resume.recommendations", report.recommendations().size(), adopted,
                numberOf("proposal"))));
        return blocks;
    }

    private Long statusCount(ExperimentStatus status) {
        return count(report.summary().experimentsByStatus().get(status));
    }

    // 2. Indledning og formål

    private List<Block> introduction() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Lead(t.text("report.introduction.background")));
        blocks.add(new Paragraph(t.text("report.introduction.background.text")));
        blocks.add(new Lead(t.text("report.introduction.purpose")));
        blocks.add(new Paragraph(t.text("report.introduction.purpose.text")));
        blocks.add(new Items(report.insightAreas().stream().map(area -> t.label("area", area.area()) + ": "
                + t.text("report.question." + area.area())).toList(), false));
        blocks.add(new Paragraph(t.text("report.introduction.criteria")));
        blocks.add(new Items(report.criteria().stream().map(chapter -> t.label("criterion", chapter.criterion()))
                .toList(), false));
        blocks.add(new Lead(t.text("report.introduction.thisReport")));
        blocks.add(new Paragraph(t.text("report.introduction.thisReport.text", numberOf("method"))));
        return blocks;
    }

    // 3. De fire succeskriterier

    private Section criterion(CriterionChapter chapter) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Table(null, List.of(t.text("report.figure"), t.text("report.value")), List.of(false, true),
                chapter.figures().stream().map(named -> List.of(t.figureName(named.name()),
                        t.value(named.name(), named.figure().value()))).toList()));
        if (!chapter.leadingExperiments().isEmpty()) {
            String figure = t.figureName(chapter.leadingFigure()).toLowerCase(locale());
            blocks.add(new Lead(t.text("report.leading") + " (" + figure + ")"));
            blocks.add(new Chart(SvgCharts.bars(t.text("report.leading"), chapter.leadingExperiments().stream()
                    .map(entry -> new SvgCharts.Bar(entry.title(), longValue(entry.figure().value()),
                            t.value(chapter.leadingFigure(), entry.figure().value()), false)).toList())));
            blocks.add(new Items(chapter.leadingExperiments().stream().map(entry -> entry.title() + ": "
                    + t.value(chapter.leadingFigure(), entry.figure().value())).toList(), false));
        }
        blocks.add(new Lead(t.text("report.learnings")));
        blocks.add(new Paragraph(chapter.learnings().all().value() == 0 ? t.text("report.noLearnings")
                : learningCounts(chapter.learnings()) + " " + t.text("report.learnings.where", numberOf("areas"))));
        blocks.add(new Lead(t.text("report.notShown")));
        blocks.add(new Items(chapter.gaps().stream()
                .map(gap -> t.text("report.gap." + gap.name(), t.number(gap.figure().value()))).toList(), false));
        return new Section("criterion-" + chapter.criterion().name().toLowerCase(Locale.ROOT),
                t.label("criterion", chapter.criterion()), blocks);
    }

    // 4. Indsigtsområderne

    private Section area(AreaChapter chapter) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Emphasis(t.text("report.question." + chapter.area())));
        blocks.add(new Paragraph(t.text("report.area.activities", chapter.experiments().size(),
                chapter.activities().value(), chapter.participants().value())));
        if (!chapter.experiments().isEmpty()) {
            blocks.add(new Items(chapter.experiments().stream().map(entry -> entry.title() + " ("
                    + t.label("status", entry.figure().value()).toLowerCase(locale()) + ")").toList(), false));
        }
        if (chapter.learnings().isEmpty()) {
            blocks.add(new Paragraph(t.text("report.area.noLearnings")));
        } else {
            blocks.add(new Paragraph(t.text("report.area.answer", chapter.counts().all().value(),
                    chapter.counts().strengthening().value(), chapter.counts().neutral().value(),
                    chapter.counts().weakening().value())));
        }
        chapter.learnings().forEach(group -> {
            blocks.add(new Lead(t.label("criterion", group.criterion()) + " (" + group.learnings().size() + ")"));
            blocks.add(new Items(group.learnings().stream().map(this::learning).toList(), false));
        });
        return new Section("area-" + chapter.area().name().toLowerCase(Locale.ROOT), t.label("area", chapter.area()),
                blocks);
    }

    private String learning(LearningItem learning) {
        String text = learning.insight() + " (" + t.text("report.assessment") + " " + t.signed(learning.assessment())
                + "; " + learning.experimentTitle() + ", " + t.date(learning.recordedOn()) + ")"
                + (learning.evidence() == null ? " " + t.text("report.noEvidence")
                : " " + t.text("report.evidence") + ": " + learning.evidence() + ".");
        if (!learning.otherAreas().isEmpty()) {
            text += " " + t.text("report.alsoFor", learning.otherAreas().stream().map(area -> t.label("area", area))
                    .collect(Collectors.joining(", ")));
        }
        return text;
    }

    private String learningCounts(LearningCounts counts) {
        if (counts.all().value() == 0) {
            return t.text("report.learnings.none");
        }
        return t.text("report.learnings.counts", counts.all().value(), counts.strengthening().value(),
                counts.neutral().value(), counts.weakening().value());
    }

    // 5. Hypoteserne

    private List<Block> hypotheses() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(hypothesisSentence()));
        blocks.add(new Table(null, List.of(t.text("report.hypotheses.experiment"),
                t.text("report.hypothesis"), t.text("report.hypotheses.outcome"), t.text("report.hypotheses.reason")),
                List.of(false, false, false, false), report.hypotheses().stream().map(entry -> List.of(entry.title(),
                        entry.hypothesis(), outcome(entry), entry.reason() == null ? "" : entry.reason())).toList()));
        return blocks;
    }

    private String outcome(HypothesisEntry entry) {
        if (entry.status() != ExperimentStatus.CONCLUDED) {
            return t.label("status", entry.status());
        }
        return entry.outcome() == null ? t.text("outcome.notJudged") : t.label("outcome", entry.outcome());
    }

    private String hypothesisSentence() {
        List<HypothesisEntry> concluded = report.hypotheses().stream()
                .filter(entry -> entry.status() == ExperimentStatus.CONCLUDED).toList();
        if (concluded.isEmpty()) {
            return t.text("report.hypotheses.none");
        }
        List<String> parts = new ArrayList<>();
        for (HypothesisOutcome outcome : HypothesisOutcome.values()) {
            long count = concluded.stream().filter(entry -> entry.outcome() == outcome).count();
            if (count > 0) {
                parts.add(t.text("report.hypotheses.part." + outcome, count));
            }
        }
        long notJudged = concluded.stream().filter(entry -> entry.outcome() == null).count();
        if (notJudged > 0) {
            parts.add(t.text("report.hypotheses.part.notJudged", notJudged));
        }
        return t.text("report.hypotheses.sentence", concluded.size(), enumeration(parts));
    }

    /** "a, b og c" in the report's language. */
    private String enumeration(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + t.text("report.and") + " "
                + parts.get(parts.size() - 1);
    }

    // 6. Det, der ikke virkede

    private List<Block> setbacks() {
        Setbacks setbacks = report.setbacks();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(t.text("report.setbacks.intro")));
        blocks.add(new Lead(t.text("report.setbacks.weakening", setbacks.weakeningLearnings().size())));
        blocks.add(setbacks.weakeningLearnings().isEmpty() ? new Paragraph(t.text("report.none"))
                : new Items(setbacks.weakeningLearnings().stream().map(this::learning).toList(), false));
        blocks.add(new Lead(t.text("report.setbacks.cancelled", setbacks.cancelled().size())));
        blocks.add(setbacks.cancelled().isEmpty() ? new Paragraph(t.text("report.none"))
                : new Items(setbacks.cancelled().stream().map(this::stopped).toList(), false));
        blocks.add(new Lead(t.text("report.setbacks.withdrawn", setbacks.withdrawn().size())));
        blocks.add(setbacks.withdrawn().isEmpty() ? new Paragraph(t.text("report.none"))
                : new Items(setbacks.withdrawn().stream().map(this::stopped).toList(), false));
        blocks.add(new Lead(t.text("report.setbacks.rules")));
        List<String> rules = new ArrayList<>();
        setbacks.yearsBelowTwice().forEach((year, figure) ->
                rules.add(t.text("report.setbacks.year", year, figure.value())));
        setbacks.rulesNotMet().forEach(rule -> rules.add(t.label("rule", rule.rule()) + ": "
                + t.text("overview.notMet").toLowerCase(locale())));
        blocks.add(rules.isEmpty() ? new Paragraph(t.text("report.setbacks.rulesMet")) : new Items(rules, false));
        return blocks;
    }

    private String stopped(Stopped stopped) {
        return stopped.title() + (stopped.on() == null ? "" : " (" + t.date(stopped.on()) + ")")
                + (stopped.reason() == null ? "" : ": " + stopped.reason());
    }

    // 7. Hvem deltog

    private List<Block> reach() {
        Reach reach = report.reach();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(t.text("report.reach.intro", t.number(reach.participants().value()),
                t.number(reach.rarelyHeardParticipants().value()),
                t.share(Measures.share(reach.rarelyHeardParticipants().value(), reach.participants().value())))));
        blocks.add(new Chart(SvgCharts.bars(t.text("report.reach.byGroup"), reach.byGroup().entrySet().stream()
                .map(group -> new SvgCharts.Bar(t.label("group", group.getKey())
                        + (reach.rarelyHeard().contains(group.getKey()) ? " *" : ""), group.getValue().value(),
                        t.number(group.getValue().value()), reach.rarelyHeard().contains(group.getKey()))).toList())));
        blocks.add(participantsTable(t.text("report.reach.byGroup"), reach.byGroup().entrySet().stream()
                .map(entry -> List.of(t.label("group", entry.getKey())
                        + (reach.rarelyHeard().contains(entry.getKey()) ? " *" : ""), t.number(entry.getValue().value())))
                .toList()));
        blocks.add(participantsTable(t.text("report.reach.byChannel"), reach.byChannel().entrySet().stream()
                .map(entry -> List.of(t.label("channel", entry.getKey()), t.number(entry.getValue().value()))).toList()));
        blocks.add(participantsTable(t.text("report.reach.byTime"), reach.byTimeOfDay().entrySet().stream()
                .map(entry -> List.of(t.label("report.time", entry.getKey()), t.number(entry.getValue().value())))
                .toList()));
        List<List<String>> areas = new ArrayList<>(reach.byLocalArea().entrySet().stream()
                .map(entry -> List.of(entry.getKey(), t.number(entry.getValue().value()))).toList());
        areas.add(List.of(t.text("report.reach.noArea"), t.number(reach.notTiedToAnArea().value())));
        blocks.add(participantsTable(t.text("report.reach.byArea"), areas));
        blocks.add(new Paragraph(reach.areasNotReached().isEmpty() ? t.text("report.reach.allAreas")
                : t.text("report.reach.notReached", reach.areasNotReached().size(),
                String.join(", ", reach.areasNotReached()))));
        return blocks;
    }

    private Table participantsTable(String title, List<List<String>> rows) {
        return new Table(null, List.of(title, t.text("report.figure.participants")), List.of(false, true), rows);
    }

    // 8. Økonomi

    private List<Block> economy() {
        Economy economy = report.economy();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(t.text("report.economy.intro", t.kroner(economy.spentDkk().value()),
                t.kroner(economy.approvedDkk().value()), t.share(share(economy.spentDkk().value(),
                        economy.approvedDkk().value())), t.kroner(economy.perParticipantDkk().value()),
                t.kroner(economy.perRarelyHeardParticipantDkk().value()))));
        List<List<String>> rows = new ArrayList<>(economy.byExperiment().stream().map(facts -> List.of(facts.title(),
                facts.budgetDkk() == null ? "–" : t.kroner(facts.budgetDkk().value()), t.kroner(facts.spentDkk().value()),
                facts.budgetDkk() == null ? "–" : t.share(share(facts.spentDkk().value(), facts.budgetDkk().value())),
                t.number(facts.participants().value()),
                t.kroner(Measures.perPerson(facts.spentDkk().value(), facts.participants().value())))).toList());
        rows.add(List.of(t.text("report.total"), t.kroner(economy.approvedDkk().value()),
                t.kroner(economy.spentDkk().value()), t.share(share(economy.spentDkk().value(),
                        economy.approvedDkk().value())), t.number(report.reach().participants().value()),
                t.kroner(economy.perParticipantDkk().value())));
        blocks.add(new Table(t.text("report.economy.byExperiment"), List.of(t.text("report.hypotheses.experiment"),
                t.text("report.economy.approved"), t.text("report.economy.spent"), t.text("report.economy.share"),
                t.text("report.figure.participants"), t.text("report.economy.perParticipant")),
                List.of(false, true, true, true, true, true), rows));
        List<List<String>> categories = new ArrayList<>(economy.byCategory().entrySet().stream()
                .map(entry -> List.of(t.label("cost", entry.getKey()), t.kroner(entry.getValue().value()))).toList());
        categories.add(List.of(t.text("report.total"), t.kroner(economy.spentDkk().value())));
        blocks.add(new Table(t.text("report.economy.byCategory"), List.of(t.text("report.economy.category"),
                t.text("report.economy.spent")), List.of(false, true), categories));
        blocks.add(new Paragraph(t.text("report.economy.initiatives", t.kroner(economy.initiativeFundingDkk().value()))));
        return blocks;
    }

    // 9. Byrådets inddragelse

    private List<Block> council() {
        Council council = report.council();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(t.text("report.council.rule")));
        blocks.add(new Table(t.text("report.council.byYear"), List.of(t.text("overview.year"),
                t.text("overview.involvements"), t.text("overview.state")), List.of(false, true, false),
                council.involvementsByYear().entrySet().stream().map(year -> List.of(year.getKey(),
                        t.number(year.getValue().value()), year.getValue().value() >= 2 ? t.text("overview.met")
                                : t.text("overview.notMet"))).toList()));
        blocks.add(council.occasions().isEmpty() ? new Paragraph(t.text("report.none"))
                : new Table(t.text("report.council.occasions", council.occasions().size()),
                List.of(t.text("report.council.date"), t.text("report.council.form"), t.text("report.council.topic"),
                        t.text("report.council.experiments")), List.of(false, false, false, false),
                council.occasions().stream().map(occasion -> List.of(t.date(occasion.on()),
                        t.label("councilForm", occasion.form()), occasion.topic()
                                + (occasion.localAreaDialogueProposal() ? " " + t.text("report.council.proposal") : ""),
                        String.join(", ", occasion.experimentTitles()))).toList()));
        blocks.add(new Lead(t.text("report.council.rules")));
        blocks.add(new Items(council.rules().stream().map(rule -> t.label("rule", rule.rule()) + ": "
                + (rule.met().value() ? (rule.metOn() == null ? t.text("overview.met")
                : t.text("overview.metOn", t.date(rule.metOn()))) : t.text("overview.notMet"))).toList(), false));
        return blocks;
    }

    // 10. Erfaringer fra ind- og udland

    private List<Block> external() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(t.text("report.external.intro")));
        if (report.externalExperiences().isEmpty()) {
            blocks.add(new Paragraph(t.text("report.external.none")));
        }
        report.externalExperiences().forEach(experience -> {
            blocks.add(new Lead(experience.title() + " (" + experience.place() + ", " + experience.country() + ")"));
            blocks.add(new Paragraph(experience.learned()));
            List<String> facts = new ArrayList<>();
            if (experience.method() != null) {
                facts.add(t.text("experiment.method") + ": " + experience.method());
            }
            if (!experience.relatedExperimentTitles().isEmpty()) {
                facts.add(t.text("report.external.related") + ": "
                        + String.join(", ", experience.relatedExperimentTitles()));
            }
            if (experience.link() != null) {
                facts.add(t.text("report.external.link") + ": " + experience.link());
            }
            facts.add(t.text("report.external.recordedOn", t.date(experience.recordedOn())));
            blocks.add(new Items(facts, false));
        });
        return blocks;
    }

    // 11. Metode og datagrundlag

    private List<Block> method() {
        Caveats caveats = report.caveats();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(t.text("report.method.text", moment(), t.number(report.eventCount()))));
        blocks.add(new Lead(t.text("report.method.caveats")));
        blocks.add(new Items(List.of(
                t.text("report.caveat.selfReported", count(caveats.participants()), count(caveats.activities())),
                t.text("report.caveat.feedback", count(caveats.respondents()), count(caveats.participants()),
                        t.share(caveats.respondentShare().value()), count(caveats.activitiesWithFeedback()),
                        count(caveats.activities())),
                t.text("report.caveat.time", count(caveats.participantsWithoutTime()),
                        t.share(caveats.withoutTimeShare().value())),
                t.text("report.caveat.group", count(caveats.participantsWithoutGroup()),
                        t.share(caveats.withoutGroupShare().value())),
                t.text("report.caveat.evidence", count(caveats.learningsWithoutEvidence()), count(caveats.learnings())),
                t.text("report.method.corrections", report.corrections().value(), report.withdrawals().value())),
                false));
        blocks.add(new Lead(t.text("report.method.scale")));
        blocks.add(new Paragraph(t.text("report.method.scale.text")));
        return blocks;
    }

    // 12. Konklusion

    private List<Block> conclusion() {
        List<Block> blocks = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        for (CriterionChapter chapter : report.criteria()) {
            findings.add(t.label("criterion", chapter.criterion()) + ": " + criterionFinding(chapter));
        }
        blocks.add(new Paragraph(t.text("report.conclusion.intro")));
        blocks.add(new Items(findings, false));
        blocks.add(new Paragraph(hypothesisSentence()));
        Setbacks setbacks = report.setbacks();
        blocks.add(new Paragraph(t.text("report.conclusion.setbacks", setbacks.weakeningLearnings().size(),
                setbacks.cancelled().size(), numberOf("setbacks"))));
        blocks.add(new Paragraph(report.reach().areasNotReached().isEmpty() ? t.text("report.reach.allAreas")
                : t.text("report.reach.notReached", report.reach().areasNotReached().size(),
                String.join(", ", report.reach().areasNotReached()))));
        return blocks;
    }

    private String criterionFinding(CriterionChapter chapter) {
        Map<String, Object> figures = new HashMap<>();
        chapter.figures().forEach(named -> figures.put(named.name(), named.figure().value()));
        String leading = chapter.leadingExperiments().isEmpty() ? "" : " " + t.text("report.conclusion.leading",
                chapter.leadingExperiments().get(0).title(),
                t.value(chapter.leadingFigure(), chapter.leadingExperiments().get(0).figure().value()));
        String finding = switch (chapter.criterion()) {
            case POLITICAL_LEADERSHIP -> t.text("report.conclusion.POLITICAL_LEADERSHIP",
                    t.number((Number) figures.get("activitiesWithCouncilMembers")),
                    t.number(report.summary().activities().value()),
                    t.number((Number) figures.get("councilMemberAttendances")));
            case BROAD_INVOLVEMENT -> t.text("report.conclusion.BROAD_INVOLVEMENT",
                    t.number((Number) figures.get("participants")),
                    t.number(report.reach().rarelyHeardParticipants().value()),
                    t.share((BigDecimal) figures.get("meaningfulShare")), t.number((Number) figures.get("respondents")));
            case ADMINISTRATION_COLLABORATION -> t.text("report.conclusion.ADMINISTRATION_COLLABORATION",
                    t.number((Number) figures.get("staffAttendances")), t.number((Number) figures.get("departments")));
            case MUNICIPALITY_AS_PARTNER -> t.text("report.conclusion.MUNICIPALITY_AS_PARTNER",
                    figures.get("initiatives"), figures.get("realised"),
                    t.kroner((BigDecimal) figures.get("fundingDkk")));
        };
        return finding + leading + " " + learningCounts(chapter.learnings());
    }

    // 13. Anbefalinger

    /** Sections numbered in order: their anchors are the same for the same report, whatever the entries' ids. */
    private static List<Section> numbered(int count, IntFunction<Section> section) {
        return IntStream.range(0, count).mapToObj(section).toList();
    }

    private Section recommendation(RecommendationEntry entry, int number) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(entry.text()));
        if (entry.rationale() != null) {
            blocks.add(new Lead(t.text("report.recommendation.rationale")));
            blocks.add(new Paragraph(entry.rationale()));
        }
        List<String> facts = new ArrayList<>();
        facts.add(t.text("report.recommendation.economy") + ": " + (entry.economicConsequenceDkk() == null
                ? t.text("report.recommendation.notStated") : economicConsequence(entry.economicConsequenceDkk())));
        facts.add(t.text("report.recommendation.owner") + ": " + (entry.owner() == null
                ? t.text("report.recommendation.notStated") : entry.owner()));
        facts.add(t.text("report.recommendation.implementBy") + ": " + (entry.implementBy() == null
                ? t.text("report.recommendation.notStated") : t.date(entry.implementBy())));
        facts.add(entry.adoptions().isEmpty() ? t.text("report.recommendation.notAdopted")
                : entry.adoptions().entrySet().stream().map(adoption -> t.text("report.recommendation.adopted",
                t.label("adoptedBy", adoption.getKey()), t.date(adoption.getValue()))).collect(Collectors.joining(" ")));
        blocks.add(new Items(facts, false));
        blocks.add(new Lead(t.text("report.recommendation.restsOn")));
        blocks.add(entry.learnings().isEmpty() ? new Paragraph(t.text("report.none"))
                : new Items(entry.learnings().stream().map(this::learning).toList(), false));
        if (!entry.experiments().isEmpty()) {
            blocks.add(new Lead(t.text("report.recommendation.figures")));
            blocks.add(new Items(entry.experiments().stream().map(this::facts).toList(), false));
        }
        return new Section("recommendation-" + number, entry.title(), blocks);
    }

    private String economicConsequence(BigDecimal perYear) {
        int sign = perYear.signum();
        return sign == 0 ? t.text("report.recommendation.noCost")
                : t.text(sign > 0 ? "report.recommendation.cost" : "report.recommendation.saving",
                t.kroner(perYear.abs()));
    }

    private String facts(ExperimentFacts facts) {
        return t.text("report.recommendation.experiment", facts.title(), t.label("status", facts.status())
                        .toLowerCase(locale()), facts.activities().value(), t.number(facts.participants().value()),
                t.kroner(facts.spentDkk().value()));
    }

    // 14. Indstilling

    private List<Block> proposal() {
        List<RecommendationEntry> open = report.recommendations().stream()
                .filter(entry -> !entry.adoptions().containsKey(AdoptingBody.CITY_COUNCIL)).toList();
        List<String> items = new ArrayList<>();
        open.forEach(entry -> items.add(t.text("report.proposal.adopt", entry.title())
                + (entry.economicConsequenceDkk() == null ? "" : " (" + economicConsequence(entry.economicConsequenceDkk())
                + ")")));
        items.add(t.text("report.proposal.note"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(t.text("report.proposal.intro")));
        blocks.add(new Items(items, true));
        if (open.size() < report.recommendations().size()) {
            blocks.add(new Paragraph(t.text("report.proposal.adopted", report.recommendations().size() - open.size())));
        }
        return blocks;
    }

    // Bilag

    private Section appendix(ExperimentAppendix experiment, int number) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Emphasis(experiment.hypothesis()));
        List<String> facts = new ArrayList<>();
        facts.add(t.text("experiment.method") + ": " + t.label("method", experiment.method()));
        facts.add(t.text("experiment.role") + ": " + t.label("role", experiment.role()));
        facts.add(t.text("overview.state") + ": " + t.label("status", experiment.status()));
        facts.add(t.text("experiment.areas") + ": " + experiment.insightAreas().stream()
                .map(area -> t.label("area", area)).collect(Collectors.joining(", ")));
        facts.add(t.text("experiment.localArea") + ": "
                + (experiment.localArea() == null ? t.text("experiment.crossCutting") : experiment.localArea()));
        dated(facts, "experiment.approvedOn", experiment.approvedOn());
        if (experiment.budgetDkk() != null) {
            facts.add(t.text("experiment.budget") + ": " + t.kroner(experiment.budgetDkk().value()));
        }
        dated(facts, "experiment.startedOn", experiment.startedOn());
        dated(facts, "experiment.concludedOn", experiment.concludedOn());
        dated(facts, "experiment.cancelledOn", experiment.cancelledOn());
        if (experiment.summary() != null) {
            facts.add(t.text("experiment.summary") + ": " + experiment.summary());
        }
        if (experiment.concludedOn() != null) {
            facts.add(t.text("report.hypothesis") + ": " + (experiment.hypothesisOutcome() == null
                    ? t.text("outcome.notJudged") : t.label("outcome", experiment.hypothesisOutcome())
                    + (experiment.hypothesisReason() == null ? "" : " – " + experiment.hypothesisReason())));
        }
        facts.add(t.text("report.appendix.activities", t.number(experiment.activities().value()),
                t.number(experiment.participants().value()), t.kroner(experiment.costsDkk().value())));
        facts.add(learningCounts(experiment.learnings()));
        blocks.add(new Items(facts, false));
        return new Section("experiment-" + number, experiment.title(), blocks);
    }

    private void dated(List<String> facts, String key, LocalDate date) {
        if (date != null) {
            facts.add(t.text(key) + ": " + t.date(date));
        }
    }

    private LearningCounts allLearnings() {
        List<LearningCounts> counts = report.criteria().stream().map(CriterionChapter::learnings).toList();
        return new LearningCounts(total(counts.stream().map(LearningCounts::all).toList()),
                total(counts.stream().map(LearningCounts::strengthening).toList()),
                total(counts.stream().map(LearningCounts::neutral).toList()),
                total(counts.stream().map(LearningCounts::weakening).toList()));
    }

    private String learningSentence(LearningCounts counts) {
        if (counts.all().value() == 0) {
            return t.text("report.resume.noLearnings");
        }
        return t.text("report.resume.learnings", counts.all().value(), counts.strengthening().value(),
                counts.neutral().value(), counts.weakening().value());
    }

    private static Figure<Long> total(List<Figure<Long>> figures) {
        return Figure.of(figures.stream().mapToLong(Figure::value).sum(),
                figures.stream().flatMap(figure -> figure.sources().stream()));
    }

    /** The day the data goes up to, with the time of day when it goes up to an instant within it. */
    private String moment() {
        return report.asOfInstant() == null ? t.date(report.asOf()) : t.date(report.asOf()) + " "
                + t.time(report.asOfInstant().atZone(ProgrammeCalendar.ZONE).toLocalTime().withNano(0));
    }

    private static Long count(Figure<Long> figure) {
        return figure.value();
    }

    private Locale locale() {
        return t.language().equals("en") ? Locale.UK : Formats.DANISH;
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    private static long longValue(Object value) {
        return value instanceof BigDecimal decimal ? decimal.longValue() : ((Number) value).longValue();
    }
}
