package dk.holbaek.experiments.core.experiment.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ExperimentApproved(
        String experimentId,
        LocalDate approvedOn,
        BigDecimal budgetDkk) implements ExperimentEvent {
}
