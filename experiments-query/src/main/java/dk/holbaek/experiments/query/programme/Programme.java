package dk.holbaek.experiments.query.programme;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole programme as rows, at one moment: what every view is computed from. Rows come sorted by id, so
 * that the same rows always give the same view. Only what counts is kept: corrected entries in their latest version,
 * nothing withdrawn, nothing of a withdrawn experiment; the withdrawn experiments' own rows are kept apart
 * ({@code withdrawnExperiments}), for the report to name them.
 */
public record Programme(List<ExperimentRow> experiments, List<ActivityRow> activities, List<LearningRow> learnings,
                        List<InitiativeRow> initiatives, List<CouncilInvolvementRow> councilInvolvements,
                        List<RecommendationRow> recommendations, List<ExternalExperienceRow> externalExperiences,
                        List<ExperimentRow> withdrawnExperiments) {

    /** {@code experiments}: every experiment's row, those withdrawn among them. */
    public Programme(List<ExperimentRow> experiments, List<ActivityRow> activities, List<LearningRow> learnings,
                     List<InitiativeRow> initiatives, List<CouncilInvolvementRow> councilInvolvements,
                     List<RecommendationRow> recommendations, List<ExternalExperienceRow> externalExperiences) {
        this(experiments, activities, learnings, initiatives, councilInvolvements, recommendations, externalExperiences,
                List.of());
    }

    public Programme {
        withdrawnExperiments = sorted(Stream.concat(withdrawnExperiments.stream(), experiments.stream())
                .filter(ExperimentRow::withdrawn).distinct().toList(), ExperimentRow::id);
        Set<String> withdrawn = withdrawnExperiments.stream().map(ExperimentRow::id).collect(Collectors.toSet());
        experiments = sorted(experiments.stream().filter(row -> !row.withdrawn()).toList(), ExperimentRow::id);
        activities = sorted(current(activities, ActivityRow::id, ActivityRow::sequence, ActivityRow::withdrawn,
                ActivityRow::experimentId, withdrawn), ActivityRow::id);
        learnings = sorted(current(learnings, LearningRow::id, LearningRow::sequence, LearningRow::withdrawn,
                LearningRow::experimentId, withdrawn), LearningRow::id);
        initiatives = sorted(current(initiatives, InitiativeRow::id, InitiativeRow::sequence, InitiativeRow::withdrawn,
                InitiativeRow::experimentId, withdrawn), InitiativeRow::id);
        councilInvolvements = sorted(councilInvolvements.stream().filter(row -> !row.withdrawn()).toList(),
                CouncilInvolvementRow::id);
        recommendations = sorted(recommendations.stream().filter(row -> !row.withdrawn()).toList(),
                RecommendationRow::id);
        externalExperiences = sorted(externalExperiences.stream().filter(row -> !row.withdrawn()).toList(),
                ExternalExperienceRow::id);
    }

    public static Programme empty() {
        return new Programme(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<ExperimentRow> experiment(String id) {
        return experiments.stream().filter(row -> row.id().equals(id)).findFirst();
    }

    public Map<String, List<ActivityRow>> activitiesByExperiment() {
        return activities.stream().collect(Collectors.groupingBy(ActivityRow::experimentId));
    }

    /**
     * The rows that count: of each id the latest version (highest sequence number: a correction replaces what it
     * corrects), unless that version is a withdrawal or its experiment was withdrawn.
     */
    private static <T> List<T> current(List<T> rows, Function<T, String> id, ToLongFunction<T> sequence,
                                       Predicate<T> withdrawn, Function<T, String> experimentId, Set<String> withdrawnExperiments) {
        Map<String, T> latest = new LinkedHashMap<>();
        for (T row : rows) {
            latest.merge(id.apply(row), row, (kept, other) -> sequence.applyAsLong(other) >= sequence.applyAsLong(kept)
                    ? other : kept);
        }
        return latest.values().stream()
                .filter(row -> !withdrawn.test(row) && !withdrawnExperiments.contains(experimentId.apply(row)))
                .toList();
    }

    private static <T> List<T> sorted(List<T> rows, Function<T, String> id) {
        return rows.stream().sorted(Comparator.comparing(id)).toList();
    }
}
