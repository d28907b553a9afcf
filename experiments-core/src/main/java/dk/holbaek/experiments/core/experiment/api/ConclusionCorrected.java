package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.serialization.Revision;

/** The conclusion (date, summary) as it should have been. */
@Revision("1")
public record ConclusionCorrected(
        String experimentId,
        ExperimentConcluded corrected,
        String reason) implements ExperimentEvent {
}
