package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.serialization.Revision;

/** An activity logged by mistake: it counts nowhere; the history keeps it. */
@Revision("1")
public record ActivityWithdrawn(
        String experimentId,
        String activityId,
        String reason) implements ExperimentEvent {
}
