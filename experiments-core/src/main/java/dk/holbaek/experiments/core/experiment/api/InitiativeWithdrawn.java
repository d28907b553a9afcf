package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.serialization.Revision;

/** An initiative recorded by mistake: it counts nowhere; the history keeps it. */
@Revision("1")
public record InitiativeWithdrawn(
        String experimentId,
        String initiativeId,
        String reason) implements ExperimentEvent {
}
