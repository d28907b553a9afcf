package dk.holbaek.experiments.core.experiment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A citizen- or business-driven initiative that the municipality supports (criterion 4). */
public record RecordInitiative(
        @TargetAggregateIdentifier String experimentId,
        @TargetAggregateVersion Long expectedVersion,
        String initiativeId,
        String title,
        Initiator initiator,
        List<SupportKind> supportKinds,
        BigDecimal supportHours,
        BigDecimal fundingDkk,
        InitiativeStatus status,
        LocalDate recordedOn) implements ExperimentCommand {
}
