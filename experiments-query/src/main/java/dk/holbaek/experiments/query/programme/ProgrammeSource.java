package dk.holbaek.experiments.query.programme;

import java.time.Instant;
import java.util.List;
import java.util.ArrayList;
import java.util.function.LongConsumer;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import dk.holbaek.experiments.core.experiment.api.ExperimentWithdrawn;

/**
 * The programme as the views see it: live from the read model, or as it stood at a past moment, folded afresh from
 * the events recorded before that moment by the same {@link ProgrammeFold}, without touching the live rows.
 */
@Component
public class ProgrammeSource {

    private final MongoRows liveRows;
    private final EventStore eventStore;

    ProgrammeSource(MongoRows liveRows, EventStore eventStore) {
        this.liveRows = liveRows;
        this.eventStore = eventStore;
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
        if (cut.skipFrom() < cut.tail()) {
            foldFrom(cut.replayFrom(), cut.skipFrom(), before, rows);
            foldFrom(cut.tail(), Long.MAX_VALUE, before, rows);
        } else {
            foldFrom(cut.replayFrom(), Long.MAX_VALUE, before, rows);
        }
        return rows.figures(liveRows::rowsUpTo);
    }

    /**
     * Folds the events from log position {@code from} up to (not including) {@code upTo} that were recorded before the
     * moment and that the checkpoint does not count.
     */
    private void foldFrom(long from, long upTo, Instant before, AsOfRows rows) {
        TrackingToken token = from <= 0 ? null : new GlobalSequenceTrackingToken(from - 1);
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(token)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> event = events.nextAvailable();
                if (event.trackingToken() instanceof GlobalSequenceTrackingToken position
                        && position.getGlobalIndex() >= upTo) {
                    return;
                }
                if (!event.getTimestamp().isBefore(before)) {
                    continue;
                }
                long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
                if (event instanceof DomainEventMessage<?> domain && rows.counts(domain.getAggregateIdentifier(), sequence)) {
                    continue;
                }
                ProgrammeFold.apply(event.getPayload(), sequence, event.getIdentifier(), rows);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event log", e);
        }
    }

    /** From the events recorded (event-store time) strictly before {@code before}. */
    public Programme recordedBefore(Instant before) {
        return recordedBefore(before, read -> { }).programme();
    }

    /**
     * What a replay up to a moment found: the programme, how many events it folded, when the last was recorded, and
     * the events among them that corrected or withdrew an entry.
     */
    public record Replay(Programme programme, long events, Instant lastRecordedAt, List<String> corrections,
                         List<String> withdrawals, List<String> withdrawnExperiments) {
    }

    /** Folds the events recorded strictly before {@code before}, telling {@code progress} how many it has read. */
    public Replay recordedBefore(Instant before, LongConsumer progress) {
        InMemoryRows rows = new InMemoryRows();
        long read = 0;
        long folded = 0;
        Instant last = null;
        List<String> corrections = new ArrayList<>();
        List<String> withdrawals = new ArrayList<>();
        List<String> withdrawnExperiments = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> event = events.nextAvailable();
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
                        if (event.getPayload() instanceof ExperimentWithdrawn withdrawn) {
                            withdrawnExperiments.add(withdrawn.experimentId());
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event log", e);
        }
        return new Replay(rows.programme(), folded, last, List.copyOf(corrections), List.copyOf(withdrawals),
                List.copyOf(withdrawnExperiments));
    }

    /** How many events the log holds now. */
    public long eventCount() {
        long count = 0;
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            while (events.hasNextAvailable()) {
                events.nextAvailable();
                count++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event log", e);
        }
        return count;
    }
}
