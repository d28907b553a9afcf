package dk.holbaek.experiments.core.recommendation.api;

import org.axonframework.serialization.Revision;

/** A recommendation recorded by mistake: it counts nowhere, and its learnings no longer carry it; its history stays. */
@Revision("1")
public record RecommendationWithdrawn(
        String recommendationId,
        String reason) implements RecommendationEvent {
}
