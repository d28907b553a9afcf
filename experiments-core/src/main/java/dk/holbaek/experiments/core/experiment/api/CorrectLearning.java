package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a recorded fact: its full new version and why. */
public record CorrectLearning(
        @TargetAggregateIdentifier String experimentId,
        @TargetAggregateVersion Long expectedVersion,
        RecordLearning corrected,
        String reason) implements ExperimentCommand {
}
