package dk.holbaek.experiments.core.council.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Withdraws a council involvement recorded by mistake, and says why. */
public record WithdrawCouncilInvolvement(
        @TargetAggregateIdentifier String involvementId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
