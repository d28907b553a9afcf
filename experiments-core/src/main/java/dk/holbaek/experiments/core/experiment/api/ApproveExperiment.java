package dk.holbaek.experiments.core.experiment.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The project committee's approval, maybe with a budget. */
public record ApproveExperiment(
        @TargetAggregateIdentifier String experimentId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate approvedOn,
        BigDecimal budgetDkk) implements ExperimentCommand {
}
