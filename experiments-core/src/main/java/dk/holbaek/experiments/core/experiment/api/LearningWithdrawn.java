package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.serialization.Revision;

/** A learning recorded by mistake: it counts nowhere; the history keeps it. */
@Revision("1")
public record LearningWithdrawn(
        String experimentId,
        String learningId,
        String reason) implements ExperimentEvent {
}
