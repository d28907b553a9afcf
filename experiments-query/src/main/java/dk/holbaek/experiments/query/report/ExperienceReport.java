package dk.holbaek.experiments.query.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.holbaek.experiments.query.programme.Measures.TimeOfDay;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.HypothesisOutcome;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;

/**
 * The experience report's content, in no language yet: every number is a {@link Figure} that names its events.
 * {@code asOf} is the date of the data; {@code eventCount} the number of events it rests on; {@code corrections} and
 * {@code withdrawals} count the entries corrected and withdrawn among them (the method chapter names them).
 */
public record ExperienceReport(
        LocalDate asOf,
        long eventCount,
        Summary summary,
        List<CriterionChapter> criteria,
        List<AreaChapter> insightAreas,
        Reach reach,
        Council council,
        List<RecommendationEntry> recommendations,
        List<ExperimentAppendix> appendix,
        Figure<Long> corrections,
        Figure<Long> withdrawals) {

    public record Summary(Figure<Long> experiments, Map<ExperimentStatus, Figure<Long>> experimentsByStatus,
                          List<Method> methods, Figure<Long> activities, Figure<Long> participants,
                          Figure<BigDecimal> costsDkk, Figure<Long> learnings, Figure<Long> recommendations) {
    }

    /** A figure of a chapter, by its name in the views (e.g. {@code councilMemberAttendances}). */
    public record NamedFigure(String name, Figure<?> figure) {
    }

    /** What a chapter's figures cannot show, e.g. activities where no feedback was collected. */
    public record Gap(String name, Figure<Long> figure) {
    }

    public record ExperimentFigure(String experimentId, String title, Figure<?> figure) {
    }

    public record LearningItem(String learningId, String experimentId, String experimentTitle, Criterion criterion,
                               String insight, String evidence, int assessment, LocalDate recordedOn, String source) {
    }

    public record CriterionChapter(Criterion criterion, List<NamedFigure> figures, String leadingFigure,
                                   List<ExperimentFigure> leadingExperiments, List<LearningItem> learnings, List<Gap> gaps) {
    }

    public record AreaChapter(InsightArea area, List<ExperimentFigure> experiments, Figure<Long> activities,
                              Figure<Long> participants, List<LearningItem> learnings) {
    }

    public record Reach(Figure<Long> participants, Map<TargetGroup, Figure<Long>> byGroup, List<TargetGroup> rarelyHeard,
                        Map<Channel, Figure<Long>> byChannel, Map<TimeOfDay, Figure<Long>> byTimeOfDay) {
    }

    /** When an activity began: before 12:00, 12:00–16:59, from 17:00, or not noted. */

    public record Council(Map<String, Figure<Long>> involvementsByYear, Figure<Boolean> twiceAYearMet,
                          List<MandateRule> rules) {
    }

    public record MandateRule(String rule, Figure<Boolean> met, LocalDate metOn) {
    }

    public record RecommendationEntry(String recommendationId, String title, String text, List<LearningItem> learnings,
                                      List<ExperimentFigure> experiments, Map<AdoptingBody, LocalDate> adoptions,
                                      List<String> sources) {
    }

    public record ExperimentAppendix(String experimentId, String title, String hypothesis, Method method,
                                     ExperimentRole role, ExperimentStatus status, List<InsightArea> insightAreas,
                                     String localArea, LocalDate approvedOn, Figure<BigDecimal> budgetDkk, LocalDate startedOn,
                                     LocalDate concludedOn, LocalDate cancelledOn, String summary,
                                     HypothesisOutcome hypothesisOutcome, String hypothesisReason,
                                     Figure<Long> activities, Figure<Long> participants, Figure<BigDecimal> costsDkk,
                                     List<LearningItem> learnings) {
    }
}
