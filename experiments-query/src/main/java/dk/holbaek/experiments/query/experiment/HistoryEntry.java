package dk.holbaek.experiments.query.experiment;

import java.time.Instant;

/**
 * One event of an experiment's history: its place in the experiment's sequence, its identifier and type, when it was
 * recorded ({@code recordedAt}; {@code occurredAt} is the same instant, kept for clients that read it) and by whom
 * ({@code recordedBy}: the user who sent the command; null for events recorded before users were noted).
 */
public record HistoryEntry(long sequence, String eventId, String type, Instant occurredAt, Instant recordedAt,
                           String recordedBy, Object payload) {
}
