package dk.holbaek.experiments.query.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.programme.ActivityRow;
import dk.holbaek.experiments.query.programme.CouncilInvolvementRow;
import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.ExternalExperienceRow;
import dk.holbaek.experiments.query.programme.InitiativeRow;
import dk.holbaek.experiments.query.programme.LearningRow;
import dk.holbaek.experiments.query.programme.Measures;
import dk.holbaek.experiments.query.programme.Programme;
import dk.holbaek.experiments.query.programme.ProgrammeFigures;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;
import dk.holbaek.experiments.query.programme.RecommendationRow;
import dk.holbaek.experiments.query.progress.ProgressView;
import dk.holbaek.experiments.query.progress.ProgressViews;
import dk.holbaek.experiments.query.report.ExperienceReport.AreaChapter;
import dk.holbaek.experiments.query.report.ExperienceReport.Caveats;
import dk.holbaek.experiments.query.report.ExperienceReport.Council;
import dk.holbaek.experiments.query.report.ExperienceReport.CriterionChapter;
import dk.holbaek.experiments.query.report.ExperienceReport.CriterionLearnings;
import dk.holbaek.experiments.query.report.ExperienceReport.Economy;
import dk.holbaek.experiments.query.report.ExperienceReport.ExperimentAppendix;
import dk.holbaek.experiments.query.report.ExperienceReport.ExperimentFacts;
import dk.holbaek.experiments.query.report.ExperienceReport.ExperimentFigure;
import dk.holbaek.experiments.query.report.ExperienceReport.ExternalExperienceEntry;
import dk.holbaek.experiments.query.report.ExperienceReport.Gap;
import dk.holbaek.experiments.query.report.ExperienceReport.HypothesisEntry;
import dk.holbaek.experiments.query.report.ExperienceReport.LearningCounts;
import dk.holbaek.experiments.query.report.ExperienceReport.LearningItem;
import dk.holbaek.experiments.query.report.ExperienceReport.MandateRule;
import dk.holbaek.experiments.query.report.ExperienceReport.NamedFigure;
import dk.holbaek.experiments.query.report.ExperienceReport.Occasion;
import dk.holbaek.experiments.query.report.ExperienceReport.Reach;
import dk.holbaek.experiments.query.report.ExperienceReport.RecommendationEntry;
import dk.holbaek.experiments.query.report.ExperienceReport.Setbacks;
import dk.holbaek.experiments.query.report.ExperienceReport.Stopped;
import dk.holbaek.experiments.query.report.ExperienceReport.Summary;
import dk.holbaek.experiments.query.programme.Measures.TimeOfDay;

/**
 * Builds the experience report from the programme's rows: the same rows and the same definitions as the views
 * ({@code docs/views.md}), each figure with the events it counts. Plain Java; the same input gives the same report.
 */
public final class ExperienceReports {

    private static final int LEADING = 3;
    private static final int TWICE = 2;

    private final Programme programme;
    private final Map<String, List<ActivityRow>> activitiesOf;
    private final Map<String, List<LearningRow>> learningsOf;
    private final Map<String, List<InitiativeRow>> initiativesOf;
    private final Map<String, String> titles;
    private final Map<String, List<InsightArea>> areasOf;

    private ExperienceReports(Programme programme) {
        this.programme = programme;
        this.activitiesOf = programme.activitiesByExperiment();
        this.learningsOf = programme.learnings().stream().collect(Collectors.groupingBy(LearningRow::experimentId));
        this.initiativesOf = programme.initiatives().stream()
                .collect(Collectors.groupingBy(InitiativeRow::experimentId));
        this.titles = programme.experiments().stream().collect(Collectors.toMap(ExperimentRow::id, ExperimentRow::title));
        this.areasOf = programme.experiments().stream()
                .collect(Collectors.toMap(ExperimentRow::id, ExperimentRow::insightAreas));
    }

    /**
     * What the report rests on besides the rows: the date, how many events were folded, those among them that
     * corrected or withdrew an entry, and the municipality's local areas (for reach by area).
     */
    public record Basis(LocalDate asOf, Instant asOfInstant, long eventCount, List<String> corrections,
                        List<String> withdrawals, List<String> localAreas) {

        /** As of the end of a day. */
        public Basis(LocalDate asOf, long eventCount, List<String> corrections, List<String> withdrawals,
                     List<String> localAreas) {
            this(asOf, null, eventCount, corrections, withdrawals, localAreas);
        }
    }

    /** The report of the programme's rows (its withdrawn experiments named as such). */
    public static ExperienceReport build(Programme programme, Basis basis) {
        return new ExperienceReports(programme).report(basis);
    }

    private ExperienceReport report(Basis basis) {
        Council council = council(basis.asOf());
        Reach reach = reach(basis.localAreas());
        return new ExperienceReport(basis.asOf(), basis.asOfInstant(), basis.eventCount(), summary(), criteria(), areas(), hypotheses(),
                setbacks(council), reach, economy(reach), council, externalExperiences(), recommendations(), caveats(),
                appendix(), Figure.of((long) basis.corrections().size(), basis.corrections()),
                Figure.of((long) basis.withdrawals().size(), basis.withdrawals()));
    }

    private Summary summary() {
        Map<ExperimentStatus, Figure<Long>> byStatus = new EnumMap<>(ExperimentStatus.class);
        for (ExperimentStatus status : ExperimentStatus.values()) {
            byStatus.put(status, experimentsFigure(experimentsWhere(row -> row.status() == status)));
        }
        List<LocalDate> days = programme.activities().stream().map(ActivityRow::occurredOn).sorted().toList();
        return new Summary(experimentsFigure(programme.experiments()), byStatus,
                experiments().stream().map(ExperimentRow::method).distinct().sorted().toList(),
                count(programme.activities(), ActivityRow::eventId),
                sum(programme.activities(), ActivityRow::participants, ActivityRow::eventId),
                costs(programme.activities()), count(programme.learnings(), LearningRow::eventId),
                Figure.of((long) programme.recommendations().size(),
                        programme.recommendations().stream().flatMap(row -> row.eventIds().stream())),
                days.isEmpty() ? null : days.get(0), days.isEmpty() ? null : days.get(days.size() - 1));
    }

    private List<CriterionChapter> criteria() {
        List<ActivityRow> activities = programme.activities();
        List<CriterionChapter> chapters = new ArrayList<>();

        List<ActivityRow> withCouncil = filter(activities, activity -> activity.councilMembersPresent() > 0);
        List<LearningRow> political = learningsOf(Criterion.POLITICAL_LEADERSHIP);
        List<NamedFigure> politicalFigures = new ArrayList<>(List.of(
                new NamedFigure("activitiesWithCouncilMembers", count(withCouncil, ActivityRow::eventId)),
                new NamedFigure("councilMemberAttendances",
                        sum(withCouncil, ActivityRow::councilMembersPresent, ActivityRow::eventId)),
                new NamedFigure("learnings", count(political, LearningRow::eventId))));
        for (KnowledgeKind kind : KnowledgeKind.values()) {
            politicalFigures.add(new NamedFigure("insights." + kind,
                    count(filter(political, learning -> learning.knowledgeKinds().contains(kind)), LearningRow::eventId)));
        }
        chapters.add(new CriterionChapter(Criterion.POLITICAL_LEADERSHIP, politicalFigures, "councilMemberAttendances",
                leading(ActivityRow::councilMembersPresent), counts(political),
                List.of(new Gap("activitiesWithoutCouncilMembers",
                        count(filter(activities, activity -> activity.councilMembersPresent() == 0), ActivityRow::eventId)))));

        List<ActivityRow> withFeedback = filter(activities, activity -> activity.respondents() != null);
        List<LearningRow> broad = learningsOf(Criterion.BROAD_INVOLVEMENT);
        long respondents = withFeedback.stream().mapToLong(ActivityRow::respondents).sum();
        long meaningful = withFeedback.stream().mapToLong(ActivityRow::foundMeaningful).sum();
        chapters.add(new CriterionChapter(Criterion.BROAD_INVOLVEMENT, List.of(
                new NamedFigure("participants", sum(activities, ActivityRow::participants, ActivityRow::eventId)),
                new NamedFigure("businesses", sum(activities, ActivityRow::businesses, ActivityRow::eventId)),
                new NamedFigure("respondents", Figure.of(respondents, ids(withFeedback, ActivityRow::eventId))),
                new NamedFigure("foundMeaningful", Figure.of(meaningful, ids(withFeedback, ActivityRow::eventId))),
                new NamedFigure("meaningfulShare", Figure.of(Measures.share(meaningful, respondents),
                        ids(withFeedback, ActivityRow::eventId))),
                new NamedFigure("learnings", count(broad, LearningRow::eventId))),
                "participants", leading(ActivityRow::participants), counts(broad),
                List.of(new Gap("activitiesWithoutFeedback",
                        count(filter(activities, activity -> activity.respondents() == null), ActivityRow::eventId)))));

        List<LearningRow> administration = learningsOf(Criterion.ADMINISTRATION_COLLABORATION);
        List<ActivityRow> withDepartments = filter(activities, activity -> !activity.departments().isEmpty());
        chapters.add(new CriterionChapter(Criterion.ADMINISTRATION_COLLABORATION, List.of(
                new NamedFigure("staffAttendances", sum(activities, ActivityRow::staffPresent, ActivityRow::eventId)),
                new NamedFigure("departments", Figure.of((long) withDepartments.stream()
                        .flatMap(activity -> activity.departments().stream()).distinct().count(),
                        ids(withDepartments, ActivityRow::eventId))),
                new NamedFigure("learnings", count(administration, LearningRow::eventId))),
                "staffAttendances", leading(ActivityRow::staffPresent), counts(administration),
                List.of(new Gap("activitiesWithoutStaff",
                        count(filter(activities, activity -> activity.staffPresent() == 0), ActivityRow::eventId)))));

        List<LearningRow> partner = learningsOf(Criterion.MUNICIPALITY_AS_PARTNER);
        List<InitiativeRow> initiatives = programme.initiatives();
        chapters.add(new CriterionChapter(Criterion.MUNICIPALITY_AS_PARTNER, List.of(
                new NamedFigure("initiatives", count(initiatives, InitiativeRow::eventId)),
                new NamedFigure("realised", count(filter(initiatives,
                        initiative -> initiative.status().name().equals("REALISED")), InitiativeRow::eventId)),
                new NamedFigure("supportHours", amount(filter(initiatives, i -> i.supportHours() != null),
                        InitiativeRow::supportHours, InitiativeRow::eventId)),
                new NamedFigure("fundingDkk", amount(filter(initiatives, i -> i.fundingDkk() != null),
                        InitiativeRow::fundingDkk, InitiativeRow::eventId)),
                new NamedFigure("learnings", count(partner, LearningRow::eventId))),
                "initiatives", leadingByInitiatives(), counts(partner),
                List.of(new Gap("initiativesWithoutHours",
                        count(filter(initiatives, initiative -> initiative.supportHours() == null), InitiativeRow::eventId)))));
        return chapters;
    }

    /**
     * Each insight area with its experiments and, once each, the learnings of the experiments whose first area it is,
     * grouped by criterion and strongest first.
     */
    private List<AreaChapter> areas() {
        List<AreaChapter> chapters = new ArrayList<>();
        for (InsightArea area : InsightArea.values()) {
            List<ExperimentRow> experiments = experimentsWhere(row -> row.insightAreas().contains(area));
            Set<String> ids = experiments.stream().map(ExperimentRow::id).collect(Collectors.toSet());
            List<ActivityRow> activities = filter(programme.activities(), activity -> ids.contains(activity.experimentId()));
            List<LearningRow> own = filter(programme.learnings(), learning -> primaryArea(learning) == area);
            List<CriterionLearnings> byCriterion = new ArrayList<>();
            for (Criterion criterion : Criterion.values()) {
                List<LearningRow> of = filter(own, learning -> learning.criterion() == criterion);
                if (!of.isEmpty()) {
                    byCriterion.add(new CriterionLearnings(criterion, of.stream().sorted(STRONGEST_FIRST)
                            .map(this::item).toList()));
                }
            }
            chapters.add(new AreaChapter(area, experiments.stream()
                    .map(row -> new ExperimentFigure(row.id(), row.title(), Figure.of(row.status(), row.eventIds())))
                    .toList(),
                    count(activities, ActivityRow::eventId), sum(activities, ActivityRow::participants, ActivityRow::eventId),
                    counts(own), byCriterion));
        }
        return chapters;
    }

    /**
     * Strongest evidence first: a documented learning before an undocumented one, then the clearer assessment (±2
     * before ±1 before 0), then the earlier one.
     */
    static final Comparator<LearningRow> STRONGEST_FIRST = Comparator
            .comparing((LearningRow learning) -> learning.evidence() == null || learning.evidence().isBlank())
            .thenComparing(learning -> -Math.abs(learning.assessment()))
            .thenComparing(LearningRow::recordedOn)
            .thenComparing(LearningRow::id);

    private InsightArea primaryArea(LearningRow learning) {
        List<InsightArea> areas = areasOf.getOrDefault(learning.experimentId(), List.of());
        return areas.isEmpty() ? null : areas.get(0);
    }

    private List<HypothesisEntry> hypotheses() {
        return experiments().stream().map(row -> {
            ExperimentRow.Facts facts = row.facts();
            return new HypothesisEntry(row.id(), row.title(), facts.hypothesis(), row.status(),
                    facts.hypothesisOutcome(), facts.hypothesisReason(), row.eventIds().stream().sorted().toList());
        }).toList();
    }

    private Setbacks setbacks(Council council) {
        List<LearningItem> weakening = programme.learnings().stream().filter(learning -> learning.assessment() < 0)
                .sorted(Comparator.comparingInt(LearningRow::assessment).thenComparing(LearningRow::recordedOn)
                        .thenComparing(LearningRow::id))
                .map(this::item).toList();
        List<Stopped> cancelled = experimentsWhere(row -> row.status() == ExperimentStatus.CANCELLED).stream()
                .map(row -> {
                    ExperimentRow.Facts facts = row.facts();
                    return new Stopped(row.id(), row.title(), facts.cancelledOn(), facts.cancellationReason(),
                            row.eventIds().stream().sorted().toList());
                }).toList();
        List<Stopped> withdrawn = programme.withdrawnExperiments().stream()
                .sorted(Comparator.comparing(ExperimentRow::title).thenComparing(ExperimentRow::id))
                .map(row -> new Stopped(row.id(), row.title(), null, row.facts().withdrawalReason(), List.of()))
                .toList();
        Map<String, Figure<Long>> below = new TreeMap<>();
        council.involvementsByYear().forEach((year, figure) -> {
            if (figure.value() < TWICE) {
                below.put(year, figure);
            }
        });
        return new Setbacks(weakening, cancelled, withdrawn,
                council.rules().stream().filter(rule -> !rule.met().value())
                        .filter(rule -> !rule.rule().equals("COUNCIL_TWICE_A_YEAR")).toList(), below);
    }

    private Reach reach(List<String> localAreas) {
        List<ActivityRow> activities = programme.activities();
        Map<TargetGroup, Figure<Long>> byGroup = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : TargetGroup.values()) {
            List<ActivityRow> with = filter(activities, activity -> activity.participantsByGroup().containsKey(group));
            byGroup.put(group, sum(with, activity -> activity.participantsByGroup().get(group), ActivityRow::eventId));
        }
        Map<Channel, Figure<Long>> byChannel = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            byChannel.put(channel, sum(filter(activities, activity -> activity.channel() == channel),
                    ActivityRow::participants, ActivityRow::eventId));
        }
        Map<TimeOfDay, Figure<Long>> byTime = new EnumMap<>(TimeOfDay.class);
        for (TimeOfDay time : TimeOfDay.values()) {
            byTime.put(time, sum(filter(activities, activity -> timeOfDay(activity) == time), ActivityRow::participants,
                    ActivityRow::eventId));
        }
        Measures.AreaReach areas = Measures.byLocalArea(programme, localAreas);
        Map<String, Figure<Long>> byArea = new LinkedHashMap<>();
        areas.byArea().forEach((area, own) -> byArea.put(area, sum(own, ActivityRow::participants, ActivityRow::eventId)));
        return new Reach(sum(activities, ActivityRow::participants, ActivityRow::eventId), byGroup, Measures.RARELY_HEARD,
                rarelyHeard(activities), byChannel, byTime, byArea,
                sum(areas.notTied(), ActivityRow::participants, ActivityRow::eventId), areas.notReached());
    }

    private static Figure<Long> rarelyHeard(List<ActivityRow> activities) {
        return sum(activities, activity -> Measures.RARELY_HEARD.stream()
                .mapToLong(group -> activity.participantsByGroup().getOrDefault(group, 0)).sum(), ActivityRow::eventId);
    }

    private Economy economy(Reach reach) {
        List<ExperimentFacts> byExperiment = experiments().stream().map(this::facts).toList();
        List<ExperimentFacts> budgeted = filter(byExperiment, facts -> facts.budgetDkk() != null);
        Figure<BigDecimal> approved = Figure.of(budgeted.stream().map(facts -> facts.budgetDkk().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add), budgeted.stream()
                .flatMap(facts -> facts.budgetDkk().sources().stream()));
        Figure<BigDecimal> spent = costs(programme.activities());
        Map<CostCategory, Figure<BigDecimal>> byCategory = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            List<ActivityRow> with = filter(programme.activities(), activity -> activity.costsDkk().containsKey(category));
            if (!with.isEmpty()) {
                byCategory.put(category, amount(with, activity -> activity.costsDkk().get(category), ActivityRow::eventId));
            }
        }
        List<InitiativeRow> funded = filter(programme.initiatives(), initiative -> initiative.fundingDkk() != null);
        return new Economy(approved, spent, byExperiment, byCategory, per(spent, reach.participants()),
                per(spent, reach.rarelyHeardParticipants()),
                amount(funded, InitiativeRow::fundingDkk, InitiativeRow::eventId));
    }

    /** Kroner per person, rounded to whole kroner (null when nobody took part), from the events of both figures. */
    private static Figure<BigDecimal> per(Figure<BigDecimal> amount, Figure<Long> people) {
        return Figure.of(Measures.perPerson(amount.value(), people.value()), Stream.concat(amount.sources().stream(), people.sources().stream()));
    }

    /** A share of two figures, from the events of both. */
    private static Figure<BigDecimal> share(Figure<Long> part, Figure<Long> whole) {
        return Figure.of(Measures.share(part.value(), whole.value()),
                Stream.concat(part.sources().stream(), whole.sources().stream()));
    }

    private ExperimentFacts facts(ExperimentRow row) {
        List<ActivityRow> own = activitiesOf.getOrDefault(row.id(), List.of());
        return new ExperimentFacts(row.id(), row.title(), row.status(),
                row.facts().budgetDkk() == null ? null : Figure.of(row.facts().budgetDkk(), row.eventIds()),
                count(own, ActivityRow::eventId), sum(own, ActivityRow::participants, ActivityRow::eventId), costs(own));
    }

    private Council council(LocalDate asOf) {
        ProgressView progress = ProgressViews.of(ProgrammeFigures.of(programme), asOf);
        Map<String, Figure<Long>> byYear = new TreeMap<>();
        progress.councilInvolvementsByYear().forEach((year, count) -> byYear.put(year, Figure.of(count,
                programme.councilInvolvements().stream()
                        .filter(involvement -> String.valueOf(involvement.occurredOn().getYear()).equals(year))
                        .map(CouncilInvolvementRow::eventId))));
        List<String> councilIds = ids(programme.councilInvolvements(), CouncilInvolvementRow::eventId);
        List<MandateRule> rules = progress.mandateRules().stream()
                .map(rule -> new MandateRule(rule.rule(), Figure.of(rule.met(), ruleSources(rule)), rule.metOn()))
                .toList();
        List<Occasion> occasions = programme.councilInvolvements().stream()
                .sorted(Comparator.comparing(CouncilInvolvementRow::occurredOn).thenComparing(CouncilInvolvementRow::id))
                .map(row -> new Occasion(row.occurredOn(), row.form(), row.topic(), row.experimentIds().stream()
                        .map(titles::get).filter(title -> title != null).toList(), row.localAreaDialogueProposal(),
                        row.eventId()))
                .toList();
        return new Council(byYear, Figure.of(progress.councilRuleMet(), councilIds), rules, occasions);
    }

    private List<String> ruleSources(ProgressView.MandateRule rule) {
        return switch (rule.rule()) {
            case "DIALOGUE_FIRST_HALF_2014" -> programme.activities().stream()
                    .filter(activity -> rule.metOn() != null && activity.occurredOn().equals(rule.metOn())
                            && activity.participants() > 0)
                    .map(ActivityRow::eventId).sorted().toList();
            case "LOCAL_AREA_DIALOGUE_PROPOSAL_BEFORE_SUMMER_2014" -> programme.councilInvolvements().stream()
                    .filter(CouncilInvolvementRow::localAreaDialogueProposal)
                    .filter(involvement -> involvement.occurredOn().isBefore(ProgrammeCalendar.SUMMER_HOLIDAY_2014_BEGINS))
                    .map(CouncilInvolvementRow::eventId).sorted().toList();
            default -> ids(programme.councilInvolvements(), CouncilInvolvementRow::eventId);
        };
    }

    private List<ExternalExperienceEntry> externalExperiences() {
        return programme.externalExperiences().stream()
                .sorted(Comparator.comparing(ExternalExperienceRow::recordedOn).thenComparing(ExternalExperienceRow::title)
                        .thenComparing(ExternalExperienceRow::id))
                .map(row -> new ExternalExperienceEntry(row.id(), row.title(), row.place(), row.country(), row.method(),
                        row.link(), row.learned(), row.experimentIds().stream().map(titles::get)
                        .filter(title -> title != null).toList(), row.recordedOn(), row.eventId()))
                .toList();
    }

    private List<RecommendationEntry> recommendations() {
        Map<String, LearningRow> learnings = programme.learnings().stream()
                .collect(Collectors.toMap(LearningRow::id, Function.identity()));
        return programme.recommendations().stream()
                .sorted(Comparator.comparing(row -> row.title()))
                .map(row -> {
                    List<LearningItem> cited = row.basedOnLearnings().stream()
                            .map(reference -> learnings.get(reference.learningId()))
                            .filter(learning -> learning != null)
                            .map(this::item).toList();
                    List<ExperimentFacts> experiments = row.basedOnLearnings().stream()
                            .map(reference -> reference.experimentId()).distinct()
                            .flatMap(id -> programme.experiment(id).stream())
                            .sorted(Comparator.comparing(ExperimentRow::title).thenComparing(ExperimentRow::id))
                            .map(this::facts).toList();
                    RecommendationRow.Substance substance = row.substance() == null
                            ? new RecommendationRow.Substance(null, null, null, null) : row.substance();
                    return new RecommendationEntry(row.id(), row.title(), row.text(), substance.rationale(),
                            substance.economicConsequenceDkk(), substance.owner(), substance.implementBy(), cited,
                            experiments, row.adoptions(), row.eventIds().stream().sorted().toList());
                })
                .toList();
    }

    private Caveats caveats() {
        List<ActivityRow> activities = programme.activities();
        Figure<Long> participants = sum(activities, ActivityRow::participants, ActivityRow::eventId);
        List<ActivityRow> withFeedback = filter(activities, activity -> activity.respondents() != null);
        Figure<Long> respondents = sum(withFeedback, ActivityRow::respondents, ActivityRow::eventId);
        Figure<Long> withoutTime = sum(filter(activities, activity -> activity.startsAt() == null),
                ActivityRow::participants, ActivityRow::eventId);
        Figure<Long> withoutGroup = sum(activities, activity -> Math.max(0, activity.participants()
                - activity.participantsByGroup().values().stream().mapToLong(Integer::longValue).sum()),
                ActivityRow::eventId);
        List<LearningRow> undocumented = filter(programme.learnings(),
                learning -> learning.evidence() == null || learning.evidence().isBlank());
        return new Caveats(count(activities, ActivityRow::eventId), participants, count(withFeedback, ActivityRow::eventId),
                respondents, share(respondents, participants), withoutTime, share(withoutTime, participants),
                withoutGroup, share(withoutGroup, participants),
                count(programme.learnings(), LearningRow::eventId), count(undocumented, LearningRow::eventId));
    }

    private List<ExperimentAppendix> appendix() {
        return experiments().stream().map(row -> {
            ExperimentRow.Facts facts = row.facts();
            List<ActivityRow> own = activitiesOf.getOrDefault(row.id(), List.of());
            return new ExperimentAppendix(row.id(), row.title(), facts.hypothesis(), row.method(), facts.role(),
                    row.status(), row.insightAreas(), row.localArea(), facts.approvedOn(),
                    facts.budgetDkk() == null ? null : Figure.of(facts.budgetDkk(), row.eventIds()),
                    facts.startedOn(), facts.concludedOn(), facts.cancelledOn(),
                    facts.summary() != null ? facts.summary() : facts.cancellationReason(),
                    facts.hypothesisOutcome(), facts.hypothesisReason(),
                    count(own, ActivityRow::eventId), sum(own, ActivityRow::participants, ActivityRow::eventId),
                    costs(own), counts(learningsOf.getOrDefault(row.id(), List.of())));
        }).toList();
    }

    private List<ExperimentFigure> leading(ToLongFunction<ActivityRow> figure) {
        return experiments().stream()
                .map(row -> {
                    List<ActivityRow> own = filter(activitiesOf.getOrDefault(row.id(), List.of()),
                            activity -> figure.applyAsLong(activity) > 0);
                    return new ExperimentFigure(row.id(), row.title(), sum(own, figure, ActivityRow::eventId));
                })
                .filter(entry -> (Long) entry.figure().value() > 0)
                .sorted(Comparator.comparing((ExperimentFigure entry) -> (Long) entry.figure().value()).reversed()
                        .thenComparing(ExperimentFigure::title))
                .limit(LEADING).toList();
    }

    private List<ExperimentFigure> leadingByInitiatives() {
        return experiments().stream()
                .map(row -> new ExperimentFigure(row.id(), row.title(),
                        count(initiativesOf.getOrDefault(row.id(), List.of()), InitiativeRow::eventId)))
                .filter(entry -> (Long) entry.figure().value() > 0)
                .sorted(Comparator.comparing((ExperimentFigure entry) -> (Long) entry.figure().value()).reversed()
                        .thenComparing(ExperimentFigure::title))
                .limit(LEADING).toList();
    }

    private static LearningCounts counts(List<LearningRow> learnings) {
        return new LearningCounts(count(learnings, LearningRow::eventId),
                count(filter(learnings, learning -> learning.assessment() > 0), LearningRow::eventId),
                count(filter(learnings, learning -> learning.assessment() == 0), LearningRow::eventId),
                count(filter(learnings, learning -> learning.assessment() < 0), LearningRow::eventId));
    }

    private LearningItem item(LearningRow learning) {
        List<InsightArea> areas = areasOf.getOrDefault(learning.experimentId(), List.of());
        return new LearningItem(learning.id(), learning.experimentId(), titles.get(learning.experimentId()),
                learning.criterion(), learning.insight(), learning.evidence(), learning.assessment(), learning.recordedOn(),
                learning.eventId(), areas.size() > 1 ? areas.subList(1, areas.size()) : List.of());
    }

    private List<LearningRow> learningsOf(Criterion criterion) {
        return filter(programme.learnings(), learning -> learning.criterion() == criterion);
    }

    private List<ExperimentRow> experiments() {
        return programme.experiments().stream()
                .sorted(Comparator.comparing(ExperimentRow::title).thenComparing(ExperimentRow::id)).toList();
    }

    private List<ExperimentRow> experimentsWhere(Predicate<ExperimentRow> condition) {
        return filter(experiments(), condition);
    }

    private static Figure<Long> experimentsFigure(List<ExperimentRow> experiments) {
        return Figure.of((long) experiments.size(), experiments.stream().flatMap(row -> row.eventIds().stream()));
    }

    private static TimeOfDay timeOfDay(ActivityRow activity) {
        return Measures.timeOfDay(activity.startsAt());
    }

    private static Figure<BigDecimal> costs(List<ActivityRow> activities) {
        List<ActivityRow> withCosts = filter(activities, activity -> !activity.costsDkk().isEmpty());
        return Figure.of(withCosts.stream().flatMap(activity -> activity.costsDkk().values().stream())
                .reduce(BigDecimal.ZERO, BigDecimal::add), ids(withCosts, ActivityRow::eventId));
    }

    private static <T> Figure<Long> count(List<T> rows, Function<T, String> id) {
        return Figure.of((long) rows.size(), ids(rows, id));
    }

    private static <T> Figure<Long> sum(List<T> rows, ToLongFunction<T> value, Function<T, String> id) {
        List<T> counted = filter(rows, row -> value.applyAsLong(row) != 0);
        return Figure.of(counted.stream().mapToLong(value).sum(), ids(counted, id));
    }

    private static <T> Figure<BigDecimal> amount(List<T> rows, Function<T, BigDecimal> value, Function<T, String> id) {
        return Figure.of(rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add), ids(rows, id));
    }

    private static <T> List<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).distinct().sorted().toList();
    }

    private static <T> List<T> filter(List<T> rows, Predicate<T> condition) {
        return rows.stream().filter(condition).toList();
    }

}
