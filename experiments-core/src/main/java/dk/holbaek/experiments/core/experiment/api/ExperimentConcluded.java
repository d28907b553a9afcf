package dk.holbaek.experiments.core.experiment.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ExperimentConcluded(
        String experimentId,
        LocalDate concludedOn,
        String summary) implements ExperimentEvent {
}
