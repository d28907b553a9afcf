package dk.holbaek.experiments.query.criteria;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.programme.ActivityRow;
import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.InitiativeRow;
import dk.holbaek.experiments.query.programme.LearningEntry;
import dk.holbaek.experiments.query.programme.LearningRow;
import dk.holbaek.experiments.query.programme.Measures;
import dk.holbaek.experiments.query.programme.Programme;

/** Computes the four success-criteria views from the programme's rows. Every figure is a sum or count of rows. */
public final class CriteriaViews {

    private CriteriaViews() {
    }

    public static PoliticalLeadershipView politicalLeadership(Programme programme) {
        List<LearningRow> learnings = learningsOf(programme, Criterion.POLITICAL_LEADERSHIP);
        Map<KnowledgeKind, Long> byKind = new EnumMap<>(KnowledgeKind.class);
        for (KnowledgeKind kind : KnowledgeKind.values()) {
            byKind.put(kind, learnings.stream().filter(learning -> learning.knowledgeKinds().contains(kind)).count());
        }
        return new PoliticalLeadershipView(withCouncilMembers(programme.activities()), councilAttendances(programme.activities()),
                byKind, LearningEntry.of(programme, Criterion.POLITICAL_LEADERSHIP),
                rows(programme, (experiment, activities) -> new PoliticalLeadershipView.Row(experiment.id(), experiment.title(),
                        withCouncilMembers(activities), councilAttendances(activities),
                        count(learnings, experiment))));
    }

    /** {@code localAreas}: the municipality's, for participants per local area and the areas not reached. */
    public static BroadInvolvementView broadInvolvement(Programme programme, List<String> localAreas) {
        List<ActivityRow> activities = programme.activities();
        List<LearningRow> learnings = learningsOf(programme, Criterion.BROAD_INVOLVEMENT);
        Map<TargetGroup, Long> byGroup = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : TargetGroup.values()) {
            byGroup.put(group, sum(activities, activity -> group(activity, group)));
        }
        Map<TargetGroup, BroadInvolvementView.Reach> reach = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : Measures.RARELY_HEARD) {
            reach.put(group, new BroadInvolvementView.Reach(byGroup.get(group),
                    sum(activities, activity -> notInTheEvening(activity) ? group(activity, group) : 0),
                    sum(activities, activity -> startTimeNotNoted(activity) ? group(activity, group) : 0)));
        }
        long respondents = sum(activities, CriteriaViews::respondents);
        long foundMeaningful = sum(activities, CriteriaViews::foundMeaningful);
        Measures.AreaReach areas = Measures.byLocalArea(programme, localAreas);
        Map<String, Long> byArea = new LinkedHashMap<>();
        areas.byArea().forEach((area, own) -> byArea.put(area, sum(own, ActivityRow::participants)));
        return new BroadInvolvementView(sum(activities, ActivityRow::participants), byGroup,
                sum(activities, ActivityRow::businesses), respondents, foundMeaningful, Measures.share(foundMeaningful, respondents),
                reach, byArea, sum(areas.notTied(), ActivityRow::participants), areas.notReached(),
                LearningEntry.of(programme, Criterion.BROAD_INVOLVEMENT),
                rows(programme, (experiment, own) -> {
                    long ownRespondents = sum(own, CriteriaViews::respondents);
                    long ownMeaningful = sum(own, CriteriaViews::foundMeaningful);
                    return new BroadInvolvementView.Row(experiment.id(), experiment.title(), sum(own, ActivityRow::participants),
                            ownRespondents, ownMeaningful, Measures.share(ownMeaningful, ownRespondents), count(learnings, experiment));
                }));
    }

    public static AdministrationCollaborationView administrationCollaboration(Programme programme) {
        List<LearningRow> learnings = learningsOf(programme, Criterion.ADMINISTRATION_COLLABORATION);
        return new AdministrationCollaborationView(sum(programme.activities(), ActivityRow::staffPresent),
                departments(programme.activities()), LearningEntry.of(programme, Criterion.ADMINISTRATION_COLLABORATION),
                rows(programme, (experiment, activities) -> new AdministrationCollaborationView.Row(experiment.id(),
                        experiment.title(), sum(activities, ActivityRow::staffPresent), departments(activities),
                        count(learnings, experiment))));
    }

    public static MunicipalityAsPartnerView municipalityAsPartner(Programme programme) {
        List<LearningRow> learnings = learningsOf(programme, Criterion.MUNICIPALITY_AS_PARTNER);
        List<InitiativeRow> initiatives = programme.initiatives();
        Map<InitiativeStatus, Long> byStatus = new EnumMap<>(InitiativeStatus.class);
        for (InitiativeStatus status : InitiativeStatus.values()) {
            byStatus.put(status, initiatives.stream().filter(initiative -> initiative.status() == status).count());
        }
        return new MunicipalityAsPartnerView(initiatives.size(), byStatus, total(initiatives, InitiativeRow::supportHours),
                total(initiatives, InitiativeRow::fundingDkk), LearningEntry.of(programme, Criterion.MUNICIPALITY_AS_PARTNER),
                rows(programme, (experiment, activities) -> {
                    List<InitiativeRow> own = initiatives.stream()
                            .filter(initiative -> initiative.experimentId().equals(experiment.id())).toList();
                    return new MunicipalityAsPartnerView.Row(experiment.id(), experiment.title(), own.size(),
                            total(own, InitiativeRow::supportHours), total(own, InitiativeRow::fundingDkk),
                            count(learnings, experiment));
                }));
    }

    private interface RowMaker<R> {
        R row(ExperimentRow experiment, List<ActivityRow> activities);
    }

    /** One row per experiment, by title. */
    private static <R> List<R> rows(Programme programme, RowMaker<R> maker) {
        Map<String, List<ActivityRow>> activities = programme.activitiesByExperiment();
        return programme.experiments().stream()
                .sorted(Comparator.comparing(ExperimentRow::title).thenComparing(ExperimentRow::id))
                .map(experiment -> maker.row(experiment, activities.getOrDefault(experiment.id(), List.of())))
                .toList();
    }

    private static List<LearningRow> learningsOf(Programme programme, Criterion criterion) {
        return programme.learnings().stream().filter(learning -> learning.criterion() == criterion).toList();
    }

    private static long count(List<LearningRow> learnings, ExperimentRow experiment) {
        return learnings.stream().filter(learning -> learning.experimentId().equals(experiment.id())).count();
    }

    private static long withCouncilMembers(List<ActivityRow> activities) {
        return activities.stream().filter(activity -> activity.councilMembersPresent() > 0).count();
    }

    private static long councilAttendances(List<ActivityRow> activities) {
        return sum(activities, ActivityRow::councilMembersPresent);
    }

    private static List<String> departments(List<ActivityRow> activities) {
        return List.copyOf(new TreeSet<>(activities.stream().flatMap(activity -> activity.departments().stream()).toList()));
    }

    private static long group(ActivityRow activity, TargetGroup group) {
        return activity.participantsByGroup().getOrDefault(group, 0);
    }

    private static boolean notInTheEvening(ActivityRow activity) {
        return activity.startsAt() != null ? activity.startsAt().isBefore(Measures.EVENING) : activity.channel() == Channel.DIGITAL;
    }

    private static boolean startTimeNotNoted(ActivityRow activity) {
        return activity.startsAt() == null && activity.channel() != Channel.DIGITAL;
    }

    private static long respondents(ActivityRow activity) {
        return activity.respondents() == null ? 0 : activity.respondents();
    }

    private static long foundMeaningful(ActivityRow activity) {
        return activity.foundMeaningful() == null ? 0 : activity.foundMeaningful();
    }

    private static <T> long sum(List<T> rows, ToLongFunction<T> figure) {
        return rows.stream().mapToLong(figure).sum();
    }

    private static <T> BigDecimal total(List<T> rows, Function<T, BigDecimal> amount) {
        return rows.stream().map(amount).filter(value -> value != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
