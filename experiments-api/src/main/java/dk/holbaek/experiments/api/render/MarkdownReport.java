package dk.holbaek.experiments.api.render;

import java.util.Map;
import java.util.stream.Collectors;

import dk.holbaek.experiments.query.report.ExperienceReport;
import dk.holbaek.experiments.query.report.ExperienceReport.AreaChapter;
import dk.holbaek.experiments.query.report.ExperienceReport.CriterionChapter;
import dk.holbaek.experiments.query.report.ExperienceReport.ExperimentAppendix;
import dk.holbaek.experiments.query.report.ExperienceReport.LearningItem;
import dk.holbaek.experiments.query.report.ExperienceReport.RecommendationEntry;
import dk.holbaek.experiments.query.report.Figure;

/** The report as Markdown that renders cleanly on a code-hosting site: headings, tables, lists, no HTML. */
final class MarkdownReport {

    private final StringBuilder out = new StringBuilder();
    private final ReportTexts t;

    private MarkdownReport(ReportTexts texts) {
        this.t = texts;
    }

    static String render(ExperienceReport report, ReportTexts texts) {
        return new MarkdownReport(texts).write(report);
    }

    private String write(ExperienceReport report) {
        line("# " + t.text("report.title"));
        line();
        line("*" + t.text("report.subtitle") + "*");
        line();
        line(t.text("report.dataAsOf", t.date(report.asOf()), t.number(report.eventCount())));
        summary(report);
        line();
        line("## " + t.text("report.chapter.criteria"));
        report.criteria().forEach(this::criterion);
        line();
        line("## " + t.text("report.chapter.areas"));
        report.insightAreas().forEach(this::area);
        reach(report.reach());
        council(report.council());
        line();
        line("## " + t.text("report.chapter.recommendations"));
        if (report.recommendations().isEmpty()) {
            line();
            line(t.text("report.none"));
        }
        report.recommendations().forEach(this::recommendation);
        line();
        line("## " + t.text("report.chapter.appendix"));
        report.appendix().forEach(this::appendix);
        line();
        line("## " + t.text("report.chapter.method"));
        line();
        line(t.text("report.method.text", t.date(report.asOf()), t.number(report.eventCount())));
        line();
        line(t.text("report.method.corrections", report.corrections().value(), report.withdrawals().value()));
        return out.toString();
    }

    private void summary(ExperienceReport report) {
        ExperienceReport.Summary summary = report.summary();
        line();
        line("## " + t.text("report.chapter.summary"));
        line();
        line(t.summary(summary));
        line();
        line("| " + t.text("report.summary.status") + " | " + t.text("report.value") + " |");
        line("|---|---:|");
        summary.experimentsByStatus().forEach((status, figure) ->
                line("| " + t.label("status", status) + " | " + t.number(figure.value()) + " |"));
    }

    private void criterion(CriterionChapter chapter) {
        line();
        line("### " + t.label("criterion", chapter.criterion()));
        line();
        line("| " + t.text("report.figure") + " | " + t.text("report.value") + " |");
        line("|---|---:|");
        chapter.figures().forEach(named -> line("| " + t.figureName(named.name()) + " | "
                + t.value(named.name(), named.figure().value()) + " |"));
        if (!chapter.leadingExperiments().isEmpty()) {
            line();
            line("**" + t.text("report.leading") + "** (" + t.figureName(chapter.leadingFigure()).toLowerCase(
                    java.util.Locale.ROOT) + ")");
            line();
            chapter.leadingExperiments().forEach(entry -> line("- " + MarkdownText.inline(entry.title()) + ": "
                    + t.value(chapter.leadingFigure(), entry.figure().value())));
        }
        line();
        line("**" + t.text("report.learnings") + "**");
        line();
        if (chapter.learnings().isEmpty()) {
            line(t.text("report.noLearnings"));
        }
        chapter.learnings().forEach(this::learning);
        line();
        line("**" + t.text("report.notShown") + "**");
        line();
        chapter.gaps().forEach(gap -> line("- " + t.text("report.gap." + gap.name(), t.number(gap.figure().value()))));
    }

    private void area(AreaChapter chapter) {
        line();
        line("### " + t.label("area", chapter.area()));
        line();
        line(t.text("report.area.activities", t.number(chapter.activities().value()),
                t.number(chapter.participants().value())));
        line();
        line("**" + t.text("report.area.experiments") + "**");
        line();
        if (chapter.experiments().isEmpty()) {
            line(t.text("report.none"));
        }
        chapter.experiments().forEach(entry -> line("- " + MarkdownText.inline(entry.title()) + " (" + t.label("status", entry.figure().value())
                + ")"));
        line();
        line("**" + t.text("report.learnings") + "**");
        line();
        if (chapter.learnings().isEmpty()) {
            line(t.text("report.none"));
        }
        chapter.learnings().forEach(this::learning);
    }

    private void reach(ExperienceReport.Reach reach) {
        line();
        line("## " + t.text("report.chapter.reach"));
        line();
        line(t.text("report.reach.intro", t.number(reach.participants().value())));
        table(t.text("report.reach.byGroup"), reach.byGroup().entrySet().stream().collect(Collectors.toMap(
                entry -> t.label("group", entry.getKey()) + (reach.rarelyHeard().contains(entry.getKey()) ? " \\*" : ""),
                Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)));
        table(t.text("report.reach.byChannel"), reach.byChannel().entrySet().stream().collect(Collectors.toMap(
                entry -> t.label("channel", entry.getKey()), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)));
        table(t.text("report.reach.byTime"), reach.byTimeOfDay().entrySet().stream().collect(Collectors.toMap(
                entry -> t.label("report.time", entry.getKey()), Map.Entry::getValue, (a, b) -> a,
                java.util.LinkedHashMap::new)));
    }

    private void table(String title, Map<String, Figure<Long>> rows) {
        line();
        line("| " + title + " | " + t.text("report.figure.participants") + " |");
        line("|---|---:|");
        rows.forEach((label, figure) -> line("| " + label + " | " + t.number(figure.value()) + " |"));
    }

    private void council(ExperienceReport.Council council) {
        line();
        line("## " + t.text("report.chapter.council"));
        line();
        line(t.text("report.council.rule"));
        line();
        line("| " + t.text("overview.year") + " | " + t.text("overview.involvements") + " | " + t.text("overview.state") + " |");
        line("|---|---:|---|");
        council.involvementsByYear().forEach((year, figure) -> line("| " + year + " | " + t.number(figure.value()) + " | "
                + (figure.value() >= 2 ? t.text("overview.met") : t.text("overview.notMet")) + " |"));
        line();
        line("**" + t.text("report.council.rules") + "**");
        line();
        council.rules().forEach(rule -> line("- " + t.label("rule", rule.rule()) + ": " + (rule.met().value()
                ? (rule.metOn() == null ? t.text("overview.met") : t.text("overview.metOn", t.date(rule.metOn())))
                : t.text("overview.notMet"))));
    }

    private void recommendation(RecommendationEntry entry) {
        line();
        line("### " + MarkdownText.inline(entry.title()));
        line();
        line(MarkdownText.paragraph(entry.text()));
        line();
        line("**" + t.text("report.recommendation.restsOn") + "**");
        line();
        entry.learnings().forEach(this::learning);
        line();
        if (entry.adoptions().isEmpty()) {
            line(t.text("report.recommendation.notAdopted"));
        }
        entry.adoptions().forEach((body, date) ->
                line(t.text("report.recommendation.adopted", t.label("adoptedBy", body), t.date(date)) + "  "));
    }

    private void appendix(ExperimentAppendix experiment) {
        line();
        line("### " + MarkdownText.inline(experiment.title()));
        line();
        line("*" + MarkdownText.inline(experiment.hypothesis()) + "*");
        line();
        line("- " + t.text("experiment.method") + ": " + t.label("method", experiment.method()));
        line("- " + t.text("experiment.role") + ": " + t.label("role", experiment.role()));
        line("- " + t.text("overview.state") + ": " + t.label("status", experiment.status()));
        line("- " + t.text("experiment.areas") + ": " + experiment.insightAreas().stream()
                .map(area -> t.label("area", area)).collect(Collectors.joining(", ")));
        line("- " + t.text("experiment.localArea") + ": "
                + (experiment.localArea() == null ? t.text("experiment.crossCutting")
                : MarkdownText.inline(experiment.localArea())));
        dated("experiment.approvedOn", experiment.approvedOn());
        if (experiment.budgetDkk() != null) {
            line("- " + t.text("experiment.budget") + ": " + t.kroner(experiment.budgetDkk().value()));
        }
        dated("experiment.startedOn", experiment.startedOn());
        dated("experiment.concludedOn", experiment.concludedOn());
        dated("experiment.cancelledOn", experiment.cancelledOn());
        if (experiment.summary() != null) {
            line("- " + t.text("experiment.summary") + ": " + MarkdownText.inline(experiment.summary()));
        }
        if (experiment.concludedOn() != null) {
            line("- " + t.text("report.hypothesis") + ": " + (experiment.hypothesisOutcome() == null
                    ? t.text("outcome.notJudged") : t.label("outcome", experiment.hypothesisOutcome())
                    + (experiment.hypothesisReason() == null ? "" : " – " + MarkdownText.inline(experiment.hypothesisReason()))));
        }
        line("- " + t.text("report.appendix.activities", t.number(experiment.activities().value()),
                t.number(experiment.participants().value()), t.kroner(experiment.costsDkk().value())));
        if (!experiment.learnings().isEmpty()) {
            line();
            experiment.learnings().forEach(this::learning);
        }
    }

    private void dated(String key, java.time.LocalDate date) {
        if (date != null) {
            line("- " + t.text(key) + ": " + t.date(date));
        }
    }

    private void learning(LearningItem learning) {
        line("- " + MarkdownText.inline(learning.insight()) + " (" + t.text("report.assessment") + " "
                + t.signed(learning.assessment()) + "; " + MarkdownText.inline(learning.experimentTitle()) + ", "
                + t.date(learning.recordedOn()) + ")" + (learning.evidence() == null ? ""
                : " " + t.text("report.evidence") + ": " + MarkdownText.inline(learning.evidence()) + "."));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void line() {
        out.append('\n');
    }

}
