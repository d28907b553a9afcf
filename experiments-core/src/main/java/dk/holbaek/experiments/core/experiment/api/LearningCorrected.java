package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.serialization.Revision;

/** A learning as it should have been recorded. */
@Revision("1")
public record LearningCorrected(
        String experimentId,
        LearningRecorded corrected,
        String reason) implements ExperimentEvent {
}
