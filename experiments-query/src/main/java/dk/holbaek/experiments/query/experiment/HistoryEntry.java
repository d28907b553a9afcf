package dk.holbaek.experiments.query.experiment;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;

/**
 * One event of an experiment's history: its place in the experiment's sequence, its identifier and type, when it was
 * recorded ({@code recordedAt}; {@code occurredAt} is the same instant, kept for clients that read it) and by whom
 * ({@code recordedBy}: the user who sent the command; null for events recorded before users were noted).
 */
public record HistoryEntry(long sequence, String eventId, String type, Instant occurredAt, Instant recordedAt,
                           String recordedBy, Object payload) {

    /** The metadata key naming the user who sent the command that recorded an event. */
    public static final String RECORDED_BY = "recordedBy";

    public static HistoryEntry of(DomainEventMessage<?> event) {
        Object recordedBy = event.getMetaData().get(RECORDED_BY);
        return new HistoryEntry(event.getSequenceNumber(), event.getIdentifier(), event.getPayloadType().getSimpleName(),
                event.getTimestamp(), event.getTimestamp(), recordedBy == null ? null : recordedBy.toString(),
                event.getPayload());
    }
}
