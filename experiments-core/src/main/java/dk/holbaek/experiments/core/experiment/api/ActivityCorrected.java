package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.serialization.Revision;

/** An activity as it should have been logged; {@code corrected} holds every field. */
@Revision("1")
public record ActivityCorrected(
        String experimentId,
        ActivityLogged corrected,
        String reason) implements ExperimentEvent {
}
