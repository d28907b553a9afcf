package dk.holbaek.experiments.query.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;

import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.Initiator;

public record InitiativeRow(@Id String id, String eventId, String experimentId, String title, Initiator initiator, BigDecimal supportHours,
                            BigDecimal fundingDkk, InitiativeStatus status, LocalDate recordedOn, long sequence,
                            boolean withdrawn) implements Row {

    /** An initiative withdrawn by the event at {@code sequence}: the latest version of its row, counted nowhere. */
    static InitiativeRow withdrawn(String id, String eventId, String experimentId, long sequence) {
        return new InitiativeRow(id, eventId, experimentId, null, null, null, null, null, null, sequence, true);
    }
}
