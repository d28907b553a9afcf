package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Withdraws an entry recorded by mistake, and says why. */
public record WithdrawActivity(
        @TargetAggregateIdentifier String experimentId,
        @TargetAggregateVersion Long expectedVersion,
        String activityId,
        String reason) implements ExperimentCommand {
}
