package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Withdraws an entry recorded by mistake, and says why. */
public record WithdrawExperiment(
        @TargetAggregateIdentifier String experimentId,
        @TargetAggregateVersion Long expectedVersion,
        String reason) implements ExperimentCommand {
}
