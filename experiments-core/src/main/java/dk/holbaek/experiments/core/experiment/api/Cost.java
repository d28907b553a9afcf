package dk.holbaek.experiments.core.experiment.api;

import java.math.BigDecimal;

/** One cost of an activity, in Danish kroner. */
public record Cost(CostCategory category, BigDecimal amountDkk) {
}
