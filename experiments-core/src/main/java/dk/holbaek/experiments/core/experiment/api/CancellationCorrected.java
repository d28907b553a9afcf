package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.serialization.Revision;

/** The cancellation (date, its reason) as it should have been; {@code reason} says why it was corrected. */
@Revision("1")
public record CancellationCorrected(
        String experimentId,
        ExperimentCancelled corrected,
        String reason) implements ExperimentEvent {
}
