package dk.holbaek.experiments.core.recommendation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Withdraws a recommendation recorded by mistake, and says why. */
public record WithdrawRecommendation(
        @TargetAggregateIdentifier String recommendationId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
