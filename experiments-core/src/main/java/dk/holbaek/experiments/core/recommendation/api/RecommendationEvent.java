package dk.holbaek.experiments.core.recommendation.api;

/** The events in a recommendation's history. */
public sealed interface RecommendationEvent permits RecommendationRecorded, RecommendationAdopted,
        RecommendationCorrected, RecommendationWithdrawn, AdoptionCorrected {

    String recommendationId();
}
