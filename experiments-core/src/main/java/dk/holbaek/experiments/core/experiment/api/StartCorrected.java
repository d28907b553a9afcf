package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.serialization.Revision;

/** The start date as it should have been. */
@Revision("1")
public record StartCorrected(
        String experimentId,
        ExperimentStarted corrected,
        String reason) implements ExperimentEvent {
}
