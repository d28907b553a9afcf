package dk.holbaek.experiments.query.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.holbaek.experiments.core.council.api.InvolvementForm;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.HypothesisOutcome;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.query.programme.Measures.TimeOfDay;

/**
 * The experience report's content, in no language yet: every number is a {@link Figure} that names its events.
 * {@code asOf} is the date of the data; {@code asOfInstant} the moment it goes up to when that is not the end of
 * {@code asOf} (null then); {@code eventCount} the number of events it rests on; {@code corrections} and
 * {@code withdrawals} count the entries corrected and withdrawn among them (the method chapter names them).
 * Each learning's text appears once, in the chapter of its experiment's first insight area; the criteria chapters
 * count them.
 */
public record ExperienceReport(
        LocalDate asOf,
        Instant asOfInstant,
        long eventCount,
        Summary summary,
        List<CriterionChapter> criteria,
        List<AreaChapter> insightAreas,
        List<HypothesisEntry> hypotheses,
        Setbacks setbacks,
        Reach reach,
        Economy economy,
        Council council,
        List<ExternalExperienceEntry> externalExperiences,
        List<RecommendationEntry> recommendations,
        Caveats caveats,
        List<ExperimentAppendix> appendix,
        Figure<Long> corrections,
        Figure<Long> withdrawals) {

    /** {@code period}: the first and last day anything took place (null without activities). */
    public record Summary(Figure<Long> experiments, Map<ExperimentStatus, Figure<Long>> experimentsByStatus,
                          List<Method> methods, Figure<Long> activities, Figure<Long> participants,
                          Figure<BigDecimal> costsDkk, Figure<Long> learnings, Figure<Long> recommendations,
                          LocalDate firstActivity, LocalDate lastActivity) {
    }

    /** A figure of a chapter, by its name in the views (e.g. {@code councilMemberAttendances}). */
    public record NamedFigure(String name, Figure<?> figure) {
    }

    /** What a chapter's figures cannot show, e.g. activities where no feedback was collected. */
    public record Gap(String name, Figure<Long> figure) {
    }

    public record ExperimentFigure(String experimentId, String title, Figure<?> figure) {
    }

    /** {@code otherAreas}: the other insight areas of its experiment, where it is relevant too. */
    public record LearningItem(String learningId, String experimentId, String experimentTitle, Criterion criterion,
                               String insight, String evidence, int assessment, LocalDate recordedOn, String source,
                               List<InsightArea> otherAreas) {
    }

    /** Learnings by their assessment: strengthening (+1, +2), neutral (0) and weakening (−1, −2). */
    public record LearningCounts(Figure<Long> all, Figure<Long> strengthening, Figure<Long> neutral,
                                 Figure<Long> weakening) {
    }

    public record CriterionChapter(Criterion criterion, List<NamedFigure> figures, String leadingFigure,
                                   List<ExperimentFigure> leadingExperiments, LearningCounts learnings, List<Gap> gaps) {
    }

    /** The learnings of one criterion within an insight area, strongest first. */
    public record CriterionLearnings(Criterion criterion, List<LearningItem> learnings) {
    }

    public record AreaChapter(InsightArea area, List<ExperimentFigure> experiments, Figure<Long> activities,
                              Figure<Long> participants, LearningCounts counts, List<CriterionLearnings> learnings) {
    }

    /** An experiment's hypothesis and how it fared; {@code outcome} null while not concluded or not judged. */
    public record HypothesisEntry(String experimentId, String title, String hypothesis, ExperimentStatus status,
                                  HypothesisOutcome outcome, String reason, List<String> sources) {
    }

    /** An experiment that stopped: cancelled (with the reason given) or withdrawn as registered by mistake. */
    public record Stopped(String experimentId, String title, LocalDate on, String reason, List<String> sources) {
    }

    /**
     * What did not work: learnings assessed as weakening a criterion (worst first), cancelled and withdrawn
     * experiments, the mandate's dated rules not met, and the years with fewer council involvements than the
     * twice-a-year rule asks (that rule is given by its years, not again among the rules).
     */
    public record Setbacks(List<LearningItem> weakeningLearnings, List<Stopped> cancelled, List<Stopped> withdrawn,
                           List<MandateRule> rulesNotMet, Map<String, Figure<Long>> yearsBelowTwice) {
    }

    /**
     * Who took part. {@code byLocalArea}: participants per local area (the activity's area, else its experiment's),
     * the configured areas first in their order, then any other area named; {@code notTiedToAnArea}: participants
     * of activities with no area (digital or municipality-wide); {@code areasNotReached}: configured areas where
     * nothing took place.
     */
    public record Reach(Figure<Long> participants, Map<TargetGroup, Figure<Long>> byGroup, List<TargetGroup> rarelyHeard,
                        Figure<Long> rarelyHeardParticipants, Map<Channel, Figure<Long>> byChannel,
                        Map<TimeOfDay, Figure<Long>> byTimeOfDay, Map<String, Figure<Long>> byLocalArea,
                        Figure<Long> notTiedToAnArea, List<String> areasNotReached) {
    }

    /** An experiment's money and reach: {@code budgetDkk} null when it was never approved with a budget. */
    public record ExperimentFacts(String experimentId, String title, ExperimentStatus status, Figure<BigDecimal> budgetDkk,
                                  Figure<Long> activities, Figure<Long> participants, Figure<BigDecimal> spentDkk) {
    }

    /**
     * Budget against spend: approved budgets and the activities' costs, per experiment and per category; cost per
     * participant and per participant from a rarely-heard group (null when there were none); the funding given to
     * citizens' initiatives, which is not among the activities' costs.
     */
    public record Economy(Figure<BigDecimal> approvedDkk, Figure<BigDecimal> spentDkk, List<ExperimentFacts> byExperiment,
                          Map<CostCategory, Figure<BigDecimal>> byCategory, Figure<BigDecimal> perParticipantDkk,
                          Figure<BigDecimal> perRarelyHeardParticipantDkk, Figure<BigDecimal> initiativeFundingDkk) {
    }

    public record Council(Map<String, Figure<Long>> involvementsByYear, Figure<Boolean> twiceAYearMet,
                          List<MandateRule> rules, List<Occasion> occasions) {
    }

    public record MandateRule(String rule, Figure<Boolean> met, LocalDate metOn) {
    }

    /** One occasion the council was involved, with the experiments it concerned. */
    public record Occasion(LocalDate on, InvolvementForm form, String topic, List<String> experimentTitles,
                           boolean localAreaDialogueProposal, String source) {
    }

    /** Experience gathered from elsewhere, at home or abroad, as staff recorded it. */
    public record ExternalExperienceEntry(String id, String title, String place, String country, String method,
                                          String link, String learned, List<String> relatedExperimentTitles,
                                          LocalDate recordedOn, String source) {
    }

    public record RecommendationEntry(String recommendationId, String title, String text, String rationale,
                                      BigDecimal economicConsequenceDkk, String owner, LocalDate implementBy,
                                      List<LearningItem> learnings, List<ExperimentFacts> experiments,
                                      Map<AdoptingBody, LocalDate> adoptions, List<String> sources) {
    }

    /**
     * The limits of the data, computed: counts are staff's own per activity (a person is counted at each activity),
     * how many gave feedback, how many took part at a time of day not noted or in no noted group, and how many
     * learnings have no documentation. Shares are from 0 to 1, null when there is nothing to divide by.
     */
    public record Caveats(Figure<Long> activities, Figure<Long> participants, Figure<Long> activitiesWithFeedback,
                          Figure<Long> respondents, Figure<BigDecimal> respondentShare,
                          Figure<Long> participantsWithoutTime, Figure<BigDecimal> withoutTimeShare,
                          Figure<Long> participantsWithoutGroup, Figure<BigDecimal> withoutGroupShare,
                          Figure<Long> learnings, Figure<Long> learningsWithoutEvidence) {
    }

    public record ExperimentAppendix(String experimentId, String title, String hypothesis, Method method,
                                     ExperimentRole role, ExperimentStatus status, List<InsightArea> insightAreas,
                                     String localArea, LocalDate approvedOn, Figure<BigDecimal> budgetDkk, LocalDate startedOn,
                                     LocalDate concludedOn, LocalDate cancelledOn, String summary,
                                     HypothesisOutcome hypothesisOutcome, String hypothesisReason,
                                     Figure<Long> activities, Figure<Long> participants, Figure<BigDecimal> costsDkk,
                                     LearningCounts learnings) {
    }
}
