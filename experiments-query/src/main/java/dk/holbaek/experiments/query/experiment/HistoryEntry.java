package dk.holbaek.experiments.query.experiment;

import java.time.Instant;

/** One event of an experiment's history: its place in the experiment's sequence, its type and when it was recorded. */
public record HistoryEntry(long sequence, String type, Instant occurredAt, Object payload) {
}
