package dk.holbaek.experiments.core.experiment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

@Revision("1")
public record InitiativeRecorded(
        String experimentId,
        String initiativeId,
        String title,
        Initiator initiator,
        List<SupportKind> supportKinds,
        BigDecimal supportHours,
        BigDecimal fundingDkk,
        InitiativeStatus status,
        LocalDate recordedOn) implements ExperimentEvent {
}
