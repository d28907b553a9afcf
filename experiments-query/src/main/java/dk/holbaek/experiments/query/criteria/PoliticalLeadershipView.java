package dk.holbaek.experiments.query.criteria;

import java.util.List;
import java.util.Map;

import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.query.programme.LearningEntry;

/** Criterion 1: council members gain knowledge of citizens' and businesses' attitudes, motives, experiences, wishes, needs. */
public record PoliticalLeadershipView(long activitiesWithCouncilMembers, long councilMemberAttendances,
                                      Map<KnowledgeKind, Long> insightsByKind, List<LearningEntry> learnings,
                                      List<Row> experiments) {

    /** The same view with these of its experiment rows (a page of them). */
    public PoliticalLeadershipView withExperiments(List<Row> rows) {
        return new PoliticalLeadershipView(activitiesWithCouncilMembers, councilMemberAttendances, insightsByKind, learnings,
                rows);
    }

    public record Row(String experimentId, String title, long activitiesWithCouncilMembers, long councilMemberAttendances,
                      long learnings) {
    }
}
