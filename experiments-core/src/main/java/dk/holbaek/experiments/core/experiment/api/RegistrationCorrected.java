package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.serialization.Revision;

/** The registration's fields as they should have been; {@code corrected} holds all of them. */
@Revision("1")
public record RegistrationCorrected(
        String experimentId,
        ExperimentRegistered corrected,
        String reason) implements ExperimentEvent {
}
