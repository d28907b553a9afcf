package dk.holbaek.experiments.query.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.experiment.ExperimentDetail;
import dk.holbaek.experiments.query.programme.Measures;
import dk.holbaek.experiments.query.programme.Measures.TimeOfDay;

/**
 * One experiment's figures as a comparison sets them side by side, computed from the experiment as it stands (every
 * correction applied, nothing withdrawn): what it is, what it cost against its budget, whom it reached and when, what
 * it cost per participant and per participant from a rarely-heard group ({@link Measures#RARELY_HEARD}), how
 * meaningful its participants found it, and what was learnt. A figure that cannot be computed (a cost per participant
 * without participants) is null, never a division by zero.
 */
public record ExperimentFigures(
        String id,
        String title,
        ExperimentStatus status,
        Method method,
        ExperimentRole role,
        List<InsightArea> insightAreas,
        List<TargetGroup> targetGroups,
        BigDecimal budgetDkk,
        BigDecimal spentDkk,
        Map<CostCategory, BigDecimal> spentByCategory,
        int activities,
        long participants,
        Map<TargetGroup, Long> participantsByGroup,
        Map<TimeOfDay, Long> participantsByTimeOfDay,
        BigDecimal costPerParticipantDkk,
        long rarelyHeardParticipants,
        BigDecimal costPerRarelyHeardParticipantDkk,
        long respondents,
        long foundMeaningful,
        BigDecimal meaningfulShare,
        long councilMemberAttendances,
        long staffAttendances,
        List<String> departments,
        int learnings,
        Map<Criterion, Long> learningsByCriterion,
        Map<String, Long> learningsByAssessment) {

    public static ExperimentFigures of(ExperimentDetail experiment) {
        Map<CostCategory, BigDecimal> spentByCategory = new EnumMap<>(CostCategory.class);
        Map<TargetGroup, Long> byGroup = new EnumMap<>(TargetGroup.class);
        Map<TimeOfDay, Long> byTime = new EnumMap<>(TimeOfDay.class);
        long participants = 0;
        long respondents = 0;
        long meaningful = 0;
        long council = 0;
        long staff = 0;
        TreeSet<String> departments = new TreeSet<>();
        for (ExperimentDetail.Activity activity : experiment.activities()) {
            long total = activity.participants().total() == null ? 0 : activity.participants().total();
            participants += total;
            activity.participants().byGroup().forEach((group, count) -> byGroup.merge(group, (long) count, Long::sum));
            byTime.merge(Measures.timeOfDay(activity.startsAt()), total, Long::sum);
            for (Cost cost : activity.costs()) {
                spentByCategory.merge(cost.category(), cost.amountDkk(), BigDecimal::add);
            }
            if (activity.feedback() != null) {
                respondents += activity.feedback().respondents();
                meaningful += activity.feedback().foundMeaningful();
            }
            council += activity.councilMembersPresent();
            staff += activity.staffPresent();
            departments.addAll(activity.departments());
        }
        BigDecimal spent = spentByCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long rarelyHeard = Measures.RARELY_HEARD.stream().mapToLong(group -> byGroup.getOrDefault(group, 0L)).sum();
        Map<Criterion, Long> byCriterion = new EnumMap<>(Criterion.class);
        Map<String, Long> byAssessment = new TreeMap<>();
        for (ExperimentDetail.Learning learning : experiment.learnings()) {
            byCriterion.merge(learning.criterion(), 1L, Long::sum);
            byAssessment.merge((learning.assessment() > 0 ? "+" : "") + learning.assessment(), 1L, Long::sum);
        }
        return new ExperimentFigures(experiment.id(), experiment.title(), experiment.status(), experiment.method(),
                experiment.role(), experiment.insightAreas(), experiment.targetGroups(), experiment.budgetDkk(), spent,
                spentByCategory, experiment.activities().size(), participants, byGroup, byTime,
                perPerson(spent, participants), rarelyHeard, perPerson(spent, rarelyHeard), respondents, meaningful,
                Measures.share(meaningful, respondents), council, staff, List.copyOf(departments),
                experiment.learnings().size(), byCriterion, byAssessment);
    }

    /** Kroner per person, to the øre; null without persons. */
    private static BigDecimal perPerson(BigDecimal amount, long persons) {
        return persons == 0 ? null : amount.divide(BigDecimal.valueOf(persons), 2, RoundingMode.HALF_UP);
    }
}
