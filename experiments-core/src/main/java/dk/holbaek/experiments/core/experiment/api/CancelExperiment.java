package dk.holbaek.experiments.core.experiment.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record CancelExperiment(
        @TargetAggregateIdentifier String experimentId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate cancelledOn,
        String reason) implements ExperimentCommand {
}
