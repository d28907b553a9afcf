package dk.holbaek.experiments.query.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;

/**
 * Where the programme stands. Years are those in which things happened ({@code occurredOn}), not when they were
 * recorded.
 */
public record ProgressView(
        Map<ExperimentStatus, Long> experimentsByStatus,
        long activities,
        long participants,
        Costs costsDkk,
        Map<String, Long> activitiesByYear,
        Map<String, Long> participantsByYear,
        Map<String, Long> activitiesByMonth,
        Map<String, Long> participantsByMonth,
        Map<String, Long> councilInvolvementsByYear,
        boolean councilRuleMet,
        List<MandateRule> mandateRules) {

    public record Costs(BigDecimal total, Map<CostCategory, BigDecimal> byCategory) {
    }

    /** A dated rule of the mandate; {@code metOn} is the date of the fact that met it. */
    public record MandateRule(String rule, String description, boolean met, LocalDate metOn, String evidence) {
    }
}
