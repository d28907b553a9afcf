package dk.holbaek.experiments.core.recommendation.api;

import org.axonframework.serialization.Revision;

/** The date on which a body adopted the recommendation, as it should have been recorded. */
@Revision("1")
public record AdoptionCorrected(
        String recommendationId,
        RecommendationAdopted corrected,
        String reason) implements RecommendationEvent {
}
