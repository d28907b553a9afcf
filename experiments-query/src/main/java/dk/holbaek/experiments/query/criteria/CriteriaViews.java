package dk.holbaek.experiments.query.criteria;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.ExperimentTotals;
import dk.holbaek.experiments.query.programme.LearningEntry;
import dk.holbaek.experiments.query.programme.LearningRow;
import dk.holbaek.experiments.query.programme.Measures;
import dk.holbaek.experiments.query.programme.ProgrammeFigures;

/**
 * Computes the four success-criteria views from the experiments' running totals. Every figure is a sum or count of
 * what staff recorded.
 */
public final class CriteriaViews {

    private CriteriaViews() {
    }

    public static PoliticalLeadershipView politicalLeadership(ProgrammeFigures programme) {
        List<LearningRow> learnings = learningsOf(programme, Criterion.POLITICAL_LEADERSHIP);
        Map<KnowledgeKind, Long> byKind = new EnumMap<>(KnowledgeKind.class);
        for (KnowledgeKind kind : KnowledgeKind.values()) {
            byKind.put(kind, learnings.stream().filter(learning -> learning.knowledgeKinds().contains(kind)).count());
        }
        return new PoliticalLeadershipView(programme.sum(ExperimentTotals::activitiesWithCouncilMembers),
                programme.sum(ExperimentTotals::councilMemberAttendances), byKind,
                LearningEntry.of(learnings, Criterion.POLITICAL_LEADERSHIP),
                rows(programme, (experiment, own) -> new PoliticalLeadershipView.Row(experiment.id(), experiment.title(),
                        own.activitiesWithCouncilMembers(), own.councilMemberAttendances(),
                        count(own, Criterion.POLITICAL_LEADERSHIP))));
    }

    /** {@code localAreas}: the municipality's, for participants per local area and the areas not reached. */
    public static BroadInvolvementView broadInvolvement(ProgrammeFigures programme, List<String> localAreas) {
        Map<TargetGroup, Long> byGroup = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : TargetGroup.values()) {
            byGroup.put(group, programme.sum(own -> own.participants(group)));
        }
        Map<TargetGroup, BroadInvolvementView.Reach> reach = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : Measures.RARELY_HEARD) {
            reach.put(group, new BroadInvolvementView.Reach(byGroup.get(group),
                    programme.sum(own -> own.notInTheEvening(group)), programme.sum(own -> own.startTimeNotNoted(group))));
        }
        long respondents = programme.sum(ExperimentTotals::respondents);
        long foundMeaningful = programme.sum(ExperimentTotals::foundMeaningful);
        AreaReach areas = byLocalArea(programme, localAreas);
        return new BroadInvolvementView(programme.sum(ExperimentTotals::participants), byGroup,
                programme.sum(ExperimentTotals::businesses), respondents, foundMeaningful,
                Measures.share(foundMeaningful, respondents), reach, areas.participants(), areas.notTied(),
                areas.notReached(), LearningEntry.of(programme.learnings(), Criterion.BROAD_INVOLVEMENT),
                rows(programme, (experiment, own) -> new BroadInvolvementView.Row(experiment.id(), experiment.title(),
                        own.participants(), own.respondents(), own.foundMeaningful(),
                        Measures.share(own.foundMeaningful(), own.respondents()),
                        count(own, Criterion.BROAD_INVOLVEMENT))));
    }

    public static AdministrationCollaborationView administrationCollaboration(ProgrammeFigures programme) {
        return new AdministrationCollaborationView(programme.sum(ExperimentTotals::staffAttendances),
                departments(programme.totals().values().stream().flatMap(own -> own.departments().stream()).toList()),
                LearningEntry.of(programme.learnings(), Criterion.ADMINISTRATION_COLLABORATION),
                rows(programme, (experiment, own) -> new AdministrationCollaborationView.Row(experiment.id(),
                        experiment.title(), own.staffAttendances(), departments(own.departments()),
                        count(own, Criterion.ADMINISTRATION_COLLABORATION))));
    }

    public static MunicipalityAsPartnerView municipalityAsPartner(ProgrammeFigures programme) {
        Map<InitiativeStatus, Long> byStatus = new EnumMap<>(InitiativeStatus.class);
        for (InitiativeStatus status : InitiativeStatus.values()) {
            byStatus.put(status, programme.sum(own -> own.initiatives(status)));
        }
        return new MunicipalityAsPartnerView(programme.sum(ExperimentTotals::initiatives), byStatus,
                total(programme, ExperimentTotals::supportHours), total(programme, ExperimentTotals::fundingDkk),
                LearningEntry.of(programme.learnings(), Criterion.MUNICIPALITY_AS_PARTNER),
                rows(programme, (experiment, own) -> new MunicipalityAsPartnerView.Row(experiment.id(), experiment.title(),
                        own.initiatives(), own.supportHours(), own.fundingDkk(),
                        count(own, Criterion.MUNICIPALITY_AS_PARTNER))));
    }

    /**
     * Participants per local area by the rule of {@link Measures#localArea}: an activity's own area, else its
     * experiment's; the municipality's areas first in their order (those without activities with 0), then any other
     * area named, alphabetically. {@code notTied}: participants of activities in no area; {@code notReached}: the
     * municipality's areas without an activity with participants.
     */
    private record AreaReach(Map<String, Long> participants, long notTied, List<String> notReached) {
    }

    private static AreaReach byLocalArea(ProgrammeFigures programme, List<String> localAreas) {
        Map<String, Long> byArea = new LinkedHashMap<>();
        localAreas.forEach(area -> byArea.put(area, 0L));
        Map<String, Long> others = new TreeMap<>();
        long notTied = 0;
        for (ExperimentRow experiment : programme.experiments()) {
            ExperimentTotals own = programme.of(experiment);
            for (ExperimentTotals.Count area : own.localAreas()) {
                add(byArea, others, Measures.localArea(area.name(), localAreas), area.participants());
            }
            if (own.activitiesWithoutLocalArea() == 0) {
                continue;
            }
            String inherited = Measures.localArea(experiment.localArea(), localAreas);
            if (inherited == null) {
                notTied += own.participantsWithoutLocalArea();
            } else {
                add(byArea, others, inherited, own.participantsWithoutLocalArea());
            }
        }
        byArea.putAll(others);
        List<String> notReached = localAreas.stream().filter(area -> byArea.get(area) == 0).toList();
        return new AreaReach(byArea, notTied, notReached);
    }

    private static void add(Map<String, Long> byArea, Map<String, Long> others, String area, long participants) {
        (byArea.containsKey(area) ? byArea : others).merge(area, participants, Long::sum);
    }

    /** One row per experiment, by title. */
    private static <R> List<R> rows(ProgrammeFigures programme, BiFunction<ExperimentRow, ExperimentTotals, R> maker) {
        return programme.byTitle().stream().map(experiment -> maker.apply(experiment, programme.of(experiment))).toList();
    }

    private static List<LearningRow> learningsOf(ProgrammeFigures programme, Criterion criterion) {
        return programme.learnings().stream().filter(learning -> learning.criterion() == criterion).toList();
    }

    private static long count(ExperimentTotals own, Criterion criterion) {
        return own.learnings().stream().filter(learning -> learning.criterion() == criterion).count();
    }

    private static List<String> departments(List<ExperimentTotals.Count> counted) {
        return List.copyOf(new TreeSet<>(counted.stream().filter(count -> count.activities() > 0)
                .map(ExperimentTotals.Count::name).toList()));
    }

    private static BigDecimal total(ProgrammeFigures programme, Function<ExperimentTotals, BigDecimal> amount) {
        return programme.totals().values().stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
