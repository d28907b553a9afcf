package dk.holbaek.experiments.core.experiment;

import dk.holbaek.experiments.core.common.FieldsAddedUpcaster;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;

/** Revision 1 of {@link ExperimentConcluded} did not judge the hypothesis: it reads as not yet judged. */
public class ExperimentConcludedUpcaster extends FieldsAddedUpcaster {

    public ExperimentConcludedUpcaster() {
        super(ExperimentConcluded.class, "1", "2", payload -> payload.putNull("hypothesisOutcome")
                .putNull("hypothesisReason"));
    }
}
