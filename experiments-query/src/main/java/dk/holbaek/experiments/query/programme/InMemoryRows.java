package dk.holbaek.experiments.query.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Rows in memory: for a view "as of" a past moment, and for tests of the fold. */
public final class InMemoryRows implements ProgrammeRows {

    private final Map<String, ExperimentRow> experiments = new HashMap<>();
    private final Map<String, ActivityRow> activities = new HashMap<>();
    private final Map<String, LearningRow> learnings = new HashMap<>();
    private final Map<String, InitiativeRow> initiatives = new HashMap<>();
    private final Map<String, CouncilInvolvementRow> councilInvolvements = new HashMap<>();
    private final Map<String, RecommendationRow> recommendations = new HashMap<>();
    private final Map<String, ExternalExperienceRow> externalExperiences = new HashMap<>();

    @Override
    public Optional<ExperimentRow> experiment(String id) {
        return Optional.ofNullable(experiments.get(id));
    }

    @Override
    public void put(ExperimentRow row) {
        experiments.put(row.id(), row);
    }

    @Override
    public void put(ActivityRow row) {
        activities.put(row.id(), row);
    }

    @Override
    public void put(LearningRow row) {
        learnings.put(row.id(), row);
    }

    @Override
    public void put(InitiativeRow row) {
        initiatives.put(row.id(), row);
    }

    @Override
    public void put(CouncilInvolvementRow row) {
        councilInvolvements.put(row.id(), row);
    }

    @Override
    public void put(ExternalExperienceRow row) {
        externalExperiences.put(row.id(), row);
    }

    /** The totals of rows in memory are counted when asked for ({@link ProgrammeFigures#of}). */
    @Override
    public void revised(String experimentId) {
        // nothing kept to count again
    }

    @Override
    public Optional<RecommendationRow> recommendation(String id) {
        return Optional.ofNullable(recommendations.get(id));
    }

    @Override
    public void put(RecommendationRow row) {
        recommendations.put(row.id(), row);
    }

    public Programme programme() {
        return new Programme(new ArrayList<>(experiments.values()), new ArrayList<>(activities.values()),
                new ArrayList<>(learnings.values()), new ArrayList<>(initiatives.values()),
                new ArrayList<>(councilInvolvements.values()), new ArrayList<>(recommendations.values()),
                new ArrayList<>(externalExperiences.values()));
    }

    /** Views as of a past moment are not searched: the search reads the live index. */
    @Override
    public void put(SearchEntry entry) {
        // nothing to keep
    }

    @Override
    public boolean keepsSearchTexts() {
        return false;
    }
}
