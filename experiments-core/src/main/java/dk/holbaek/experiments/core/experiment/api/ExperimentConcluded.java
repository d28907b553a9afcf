package dk.holbaek.experiments.core.experiment.api;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The experiment concluded, with a summary and how its hypothesis fared ({@code hypothesisOutcome} and why,
 * {@code hypothesisReason}); revision 1 had no judgement, and reads as not yet judged (both null).
 */
@Revision("2")
public record ExperimentConcluded(
        String experimentId,
        LocalDate concludedOn,
        String summary,
        HypothesisOutcome hypothesisOutcome,
        String hypothesisReason) implements ExperimentEvent {

    /** A conclusion whose hypothesis is not judged. */
    public ExperimentConcluded(String experimentId, LocalDate concludedOn, String summary) {
        this(experimentId, concludedOn, summary, null, null);
    }
}
