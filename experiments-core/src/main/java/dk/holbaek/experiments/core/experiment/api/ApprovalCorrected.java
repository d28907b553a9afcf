package dk.holbaek.experiments.core.experiment.api;

import org.axonframework.serialization.Revision;

/** The approval (date, budget) as it should have been. */
@Revision("1")
public record ApprovalCorrected(
        String experimentId,
        ExperimentApproved corrected,
        String reason) implements ExperimentEvent {
}
