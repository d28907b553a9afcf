package dk.holbaek.experiments.core.recommendation.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RecommendationAdopted(
        String recommendationId,
        LocalDate adoptedOn,
        AdoptingBody adoptedBy) implements RecommendationEvent {
}
