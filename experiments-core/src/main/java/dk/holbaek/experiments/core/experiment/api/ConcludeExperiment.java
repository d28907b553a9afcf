package dk.holbaek.experiments.core.experiment.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Concludes a running experiment, judging how its hypothesis fared (optional; with a reason when judged). */
public record ConcludeExperiment(
        @TargetAggregateIdentifier String experimentId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate concludedOn,
        String summary,
        HypothesisOutcome hypothesisOutcome,
        String hypothesisReason) implements ExperimentCommand {

    /** A conclusion that does not judge the hypothesis. */
    public ConcludeExperiment(String experimentId, Long expectedVersion, LocalDate concludedOn, String summary) {
        this(experimentId, expectedVersion, concludedOn, summary, null, null);
    }
}
