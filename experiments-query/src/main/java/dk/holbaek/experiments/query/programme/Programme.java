package dk.holbaek.experiments.query.programme;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole programme as rows, at one moment: what every view is computed from. Rows come sorted by id, so
 * that the same rows always give the same view.
 */
public record Programme(List<ExperimentRow> experiments, List<ActivityRow> activities, List<LearningRow> learnings,
                        List<InitiativeRow> initiatives, List<CouncilInvolvementRow> councilInvolvements,
                        List<RecommendationRow> recommendations) {

    public Programme {
        experiments = sorted(experiments, ExperimentRow::id);
        activities = sorted(activities, ActivityRow::id);
        learnings = sorted(learnings, LearningRow::id);
        initiatives = sorted(initiatives, InitiativeRow::id);
        councilInvolvements = sorted(councilInvolvements, CouncilInvolvementRow::id);
        recommendations = sorted(recommendations, RecommendationRow::id);
    }

    public static Programme empty() {
        return new Programme(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<ExperimentRow> experiment(String id) {
        return experiments.stream().filter(row -> row.id().equals(id)).findFirst();
    }

    public Map<String, List<ActivityRow>> activitiesByExperiment() {
        return activities.stream().collect(Collectors.groupingBy(ActivityRow::experimentId));
    }

    private static <T> List<T> sorted(List<T> rows, Function<T, String> id) {
        return rows.stream().sorted(Comparator.comparing(id)).toList();
    }
}
