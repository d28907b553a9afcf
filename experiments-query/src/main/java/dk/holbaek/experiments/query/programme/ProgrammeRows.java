package dk.holbaek.experiments.query.programme;

import java.util.Optional;

/**
 * Where the folded rows live: MongoDB for the live read model, memory for a view "as of" a past moment. The fold
 * ({@link ProgrammeFold}) reads and writes through this and knows nothing else.
 */
public interface ProgrammeRows {

    Optional<ExperimentRow> experiment(String id);

    void put(ExperimentRow row);

    void put(ActivityRow row);

    void put(LearningRow row);

    void put(InitiativeRow row);

    void put(CouncilInvolvementRow row);

    void put(ExternalExperienceRow row);

    /**
     * An activity, learning or initiative of this experiment is corrected or withdrawn by the event being folded: the
     * experiment's running totals are counted again from its rows (where totals are kept as events arrive).
     */
    void revised(String experimentId);

    Optional<RecommendationRow> recommendation(String id);

    void put(RecommendationRow row);

    /** A searchable text; asked for only where {@link #keepsSearchTexts()}. */
    void put(SearchEntry entry);

    /** Whether these rows serve the search: a view as of a past moment does not, and its fold stems no words. */
    boolean keepsSearchTexts();
}
