package dk.holbaek.experiments.core.recommendation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a recommendation: its full new version (title, text, learnings) and why. */
public record CorrectRecommendation(
        @TargetAggregateIdentifier String recommendationId,
        @TargetAggregateVersion Long expectedVersion,
        RecordRecommendation corrected,
        String reason) {
}
