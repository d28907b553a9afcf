package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.serialization.Revision;

/** An initiative as it should have been recorded. */
@Revision("1")
public record InitiativeCorrected(
        String experimentId,
        InitiativeRecorded corrected,
        String reason) implements ExperimentEvent {
}
