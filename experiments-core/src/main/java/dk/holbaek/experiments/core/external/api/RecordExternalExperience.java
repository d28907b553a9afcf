package dk.holbaek.experiments.core.external.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Experience of dialogue, collaboration or local democracy gathered from elsewhere, at home or abroad, as the mandate
 * asks: what was done ({@code title}), where ({@code place}, {@code country}), by which method, where it is described
 * ({@code link}, optional), what the programme learned from it, the experiments it bears on, and the day staff
 * recorded it (within the programme's period, not after today).
 */
public record RecordExternalExperience(
        @TargetAggregateIdentifier String experienceId,
        String title,
        String place,
        String country,
        String method,
        String link,
        String learned,
        List<String> experimentIds,
        LocalDate recordedOn) {
}
