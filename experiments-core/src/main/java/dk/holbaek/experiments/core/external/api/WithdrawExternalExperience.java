package dk.holbaek.experiments.core.external.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Withdraws an experience from elsewhere recorded by mistake, and says why. */
public record WithdrawExternalExperience(
        @TargetAggregateIdentifier String experienceId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) {
}
