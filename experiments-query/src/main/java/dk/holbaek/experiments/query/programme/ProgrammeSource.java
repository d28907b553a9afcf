package dk.holbaek.experiments.query.programme;

import java.time.Instant;
import java.util.List;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;


/**
 * The programme as the views see it: live from the read model, or as it stood at a past moment, folded afresh from
 * the events recorded before that moment by the same {@link ProgrammeFold}, without touching the live rows.
 * <p>
 * The log is read from the storage engine, to its end as stored at the time of reading, not through the event
 * store's tracking streams: near the log's head those serve the events a background producer has fetched so far, so a
 * stream asked without waiting could end before events another instance (or this one, a moment ago) had stored.
 */
@Component
public class ProgrammeSource {

    private final MongoRows liveRows;
    private final EventStorageEngine log;

    ProgrammeSource(MongoRows liveRows, EventStorageEngine log) {
        this.liveRows = liveRows;
        this.log = log;
    }

    public Programme live() {
        return liveRows.programme();
    }

    /** What the live views are computed from: the experiments and their running totals, no activity's row. */
    public ProgrammeFigures liveFigures() {
        return liveRows.figures();
    }

    /**
     * What the views are computed from as of a past moment: the views' latest checkpoint whose events were all
     * recorded before {@code before}, carried on by the same fold over the events recorded before it that the
     * checkpoint does not count. Equal to {@code ProgrammeFigures.of(recordedBefore(before))}, folding at most the
     * events after one checkpoint instead of the whole log.
     */
    public ProgrammeFigures figuresRecordedBefore(Instant before) {
        MongoRows.Cut cut = liveRows.cutBefore(before);
        AsOfRows rows = new AsOfRows(cut);
        foldAfter(cut, before, rows, new Tally(read -> { }));
        return rows.figures(liveRows::rowsUpTo);
    }

    /**
     * The whole programme as of a moment, for the report: the views' latest checkpoint whose events were all recorded
     * before {@code before} (its rows read back as its events had written them), carried on by the same fold over the
     * events recorded before the moment that it does not count; {@code progress} is told how far into the log it has
     * come (the number of the log's events up to the last one read or counted by the checkpoint, rising to the log's
     * length), so that a progress bar over {@link #eventCount()} ends full. Equal to
     * {@link #recordedBefore(Instant, LongConsumer)}, the whole log's fold, without folding the log.
     */
    public Replay stateRecordedBefore(Instant before, LongConsumer progress) {
        MongoRows.Cut cut = liveRows.cutBefore(before);
        List<Revision> revisions = liveRows.revisions();
        AsOfRows rows = new AsOfRows(cut);
        Tally tally = new Tally(progress);
        tally.reached(cut.replayFrom());
        foldAfter(cut, before, rows, tally);
        List<String> corrections = new ArrayList<>();
        List<String> withdrawals = new ArrayList<>();
        for (Revision revision : revisions) {
            if (rows.counts(revision.aggregateId(), revision.sequence())) {
                (revision.withdrawal() ? withdrawals : corrections).add(revision.id());
            }
        }
        corrections.addAll(tally.corrections);
        withdrawals.addAll(tally.withdrawals);
        Instant last = cut.lastRecordedAt() == null || tally.last != null && tally.last.isAfter(cut.lastRecordedAt())
                ? tally.last : cut.lastRecordedAt();
        return new Replay(rows.programme(liveRows::rowsUpTo), rows.eventsCounted() + tally.folded, last,
                corrections.stream().sorted().toList(), withdrawals.stream().sorted().toList());
    }

    /** The events a checkpoint does not count, folded; {@code tally} notes them. */
    private void foldAfter(MongoRows.Cut cut, Instant before, AsOfRows rows, Tally tally) {
        if (cut.skipFrom() < cut.tail()) {
            foldFrom(cut.replayFrom(), cut.skipFrom(), before, rows, tally);
            tally.reached(cut.tail());
            foldFrom(cut.tail(), Long.MAX_VALUE, before, rows, tally);
        } else {
            foldFrom(cut.replayFrom(), Long.MAX_VALUE, before, rows, tally);
        }
    }

    /** What a fold after a checkpoint read and folded: how many events, the latest time of recording, the revisions. */
    private static final class Tally {

        private final LongConsumer progress;
        private long reached;
        private long folded;
        private Instant last;
        private final List<String> corrections = new ArrayList<>();
        private final List<String> withdrawals = new ArrayList<>();

        Tally(LongConsumer progress) {
            this.progress = progress;
        }

        /** The log's first {@code events} events are read, or counted or passed over by the checkpoint. */
        void reached(long events) {
            if (events > reached) {
                reached = events;
                progress.accept(events);
            }
        }

        /** An event recorded before the moment: folded, or counted by the checkpoint already. */
        void recorded(Instant at) {
            last = last == null || at.isAfter(last) ? at : last;
        }

        void folded(TrackedEventMessage<?> event) {
            folded++;
            if (ProgrammeFold.isCorrection(event.getPayload())) {
                corrections.add(event.getIdentifier());
            } else if (ProgrammeFold.isWithdrawal(event.getPayload())) {
                withdrawals.add(event.getIdentifier());
            }
        }
    }

    /**
     * Folds the events from log position {@code from} up to (not including) {@code upTo} that were recorded before the
     * moment and that the checkpoint does not count.
     */
    private void foldFrom(long from, long upTo, Instant before, AsOfRows rows, Tally tally) {
        TrackingToken token = from <= 0 ? null : new GlobalSequenceTrackingToken(from - 1);
        try (Stream<? extends TrackedEventMessage<?>> events = log.readEvents(token, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                if (event.trackingToken() instanceof GlobalSequenceTrackingToken position
                        && position.getGlobalIndex() >= upTo) {
                    return;
                }
                tally.reached(event.trackingToken() instanceof GlobalSequenceTrackingToken position
                        ? position.getGlobalIndex() + 1 : tally.reached + 1);
                if (!event.getTimestamp().isBefore(before)) {
                    continue;
                }
                tally.recorded(event.getTimestamp());
                long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
                if (event instanceof DomainEventMessage<?> domain && rows.counts(domain.getAggregateIdentifier(), sequence)) {
                    continue;
                }
                ProgrammeFold.apply(event.getPayload(), sequence, event.getIdentifier(), rows);
                tally.folded(event);
            }
        }
    }

    /** From the events recorded (event-store time) strictly before {@code before}. */
    public Programme recordedBefore(Instant before) {
        return recordedBefore(before, read -> { }).programme();
    }

    /**
     * The programme up to a moment: its rows, how many events they count, when the last was recorded, and the events
     * among them that corrected or withdrew an entry (sorted).
     */
    public record Replay(Programme programme, long events, Instant lastRecordedAt, List<String> corrections,
                         List<String> withdrawals) {
    }

    /**
     * Folds the whole log's events recorded strictly before {@code before}, telling {@code progress} how many it has
     * read: what {@link #stateRecordedBefore} gives from the checkpoints, read the long way.
     */
    public Replay recordedBefore(Instant before, LongConsumer progress) {
        InMemoryRows rows = new InMemoryRows();
        long read = 0;
        long folded = 0;
        Instant last = null;
        List<String> corrections = new ArrayList<>();
        List<String> withdrawals = new ArrayList<>();
        try (Stream<? extends TrackedEventMessage<?>> events = log.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                progress.accept(++read);
                if (event.getTimestamp().isBefore(before)) {
                    folded++;
                    last = last == null || event.getTimestamp().isAfter(last) ? event.getTimestamp() : last;
                    long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
                    ProgrammeFold.apply(event.getPayload(), sequence, event.getIdentifier(), rows);
                    if (ProgrammeFold.isCorrection(event.getPayload())) {
                        corrections.add(event.getIdentifier());
                    } else if (ProgrammeFold.isWithdrawal(event.getPayload())) {
                        withdrawals.add(event.getIdentifier());
                    }
                }
            }
        }
        return new Replay(rows.programme(), folded, last, corrections.stream().sorted().toList(),
                withdrawals.stream().sorted().toList());
    }

    /** How many events the log holds now. */
    public long eventCount() {
        try (Stream<? extends TrackedEventMessage<?>> events = log.readEvents(null, false)) {
            return events.count();
        }
    }
}
