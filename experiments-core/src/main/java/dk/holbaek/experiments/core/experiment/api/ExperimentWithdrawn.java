package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.serialization.Revision;

/** An experiment registered by mistake: it and its activities, learnings and initiatives count nowhere; its history stays. */
@Revision("1")
public record ExperimentWithdrawn(
        String experimentId,
        String reason) implements ExperimentEvent {
}
