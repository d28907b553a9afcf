package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a recorded fact: its full new version and why. */
public record CorrectStart(
        @TargetAggregateIdentifier String experimentId,
        @TargetAggregateVersion Long expectedVersion,
        StartExperiment corrected,
        String reason) implements ExperimentCommand {
}
