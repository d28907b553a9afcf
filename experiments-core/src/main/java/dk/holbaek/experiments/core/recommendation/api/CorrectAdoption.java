package dk.holbaek.experiments.core.recommendation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects the date of one body's adoption ({@code corrected.adoptedBy()} names which), and says why. */
public record CorrectAdoption(
        @TargetAggregateIdentifier String recommendationId,
        @TargetAggregateVersion Long expectedVersion,
        AdoptRecommendation corrected,
        String reason) {
}
