package dk.holbaek.experiments.query.programme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the read model from the event store without ever taking the current views away. The views' processor is
 * stopped (the views keep answering as they stood), the log is streamed from the storage engine into the fold and
 * written, {@value #BATCH} events a batch (by a second thread while the next batch is folded), into a second set of
 * collections; only when every event read has been folded and written do those collections replace the live ones, and
 * the processor's token is set to the last event read. Then the processor starts again and folds what was appended
 * meanwhile. A rebuild that fails (an event that cannot be folded, a failed write) reports {@code failed} with the
 * event's position and type, drops what it wrote and leaves the views as they were. One rebuild at a time; asking
 * again while one runs returns that one.
 */
@Component
public class ProjectionRebuild {

    /**
     * What a status request answers. {@code eventsTotal} is the number of events the log held, known once the rebuild
     * has read it to the end (null before: counting them first would cost a read of the whole log); {@code finished}
     * only when every one of them was folded and written ({@code eventsDone} equals {@code eventsTotal}) and the rebuilt
     * views replaced the old ones; {@code failed} with {@code failure} when the rebuild stopped and the old views stay.
     */
    public record Status(String id, boolean finished, boolean failed, long eventsDone, Long eventsTotal,
                         Instant startedAt, Instant finishedAt, FoldFailure failure) {
    }

    /** The views' processing group, whose processor a rebuild stops and starts. */
    public static final String PROCESSING_GROUP = ProgrammeProjection.PROCESSING_GROUP;

    static final int BATCH = 5000;
    private static final Duration CLAIM_RETRY = Duration.ofMillis(250);

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final TokenStore tokens;
    private final MongoRows rows;
    private final Clock clock;
    private final RebuildRecord record;
    /** This instance, as the shared rebuild record names the one that runs a rebuild. */
    private final String instance = UUID.randomUUID().toString();
    private String id;
    private volatile long done;
    private volatile Long total;
    private volatile FoldFailure failure;
    private volatile Instant finishedAt;
    private Thread streaming;

    ProjectionRebuild(EventProcessingConfiguration processing, EventStorageEngine events, TokenStore tokens,
                      MongoRows rows, Clock clock) {
        this.processing = processing;
        this.events = events;
        this.tokens = tokens;
        this.rows = rows;
        this.clock = clock;
        this.record = new RebuildRecord(rows.template());
    }

    String instance() {
        return instance;
    }

    RebuildRecord record() {
        return record;
    }

    /**
     * Starts a rebuild on this instance, unless one runs on any instance: then that one's status. The other
     * instances stop their views' processors when they see it in the shared record ({@link RebuildWatch}).
     */
    public synchronized Status start() {
        Instant now = clock.instant();
        Optional<RebuildRecord.Entry> running = record.read().filter(entry -> entry.runningAt(now));
        if (running.isPresent()) {
            return running.get().status();
        }
        String claimed = UUID.randomUUID().toString();
        if (!record.claim(claimed, instance, now)) {
            return record.read().map(RebuildRecord.Entry::status).orElseThrow();
        }
        TrackingEventProcessor processor = processor();
        processor.shutDown();
        id = claimed;
        done = 0;
        total = null;
        failure = null;
        finishedAt = null;
        log.info("Rebuilding the views from the event log (rebuild {})", id);
        String rebuildId = id;
        streaming = new Thread(() -> rebuildThenStart(processor, rebuildId), "views-rebuild");
        streaming.setDaemon(true);
        streaming.start();
        return current();
    }

    private void rebuildThenStart(TrackingEventProcessor processor, String rebuildId) {
        MongoRows rebuilt = rows.rebuilding();
        try {
            long started = System.nanoTime();
            rebuilt.clear();
            long cleared = System.nanoTime();
            TrackingToken last = stream(rebuilt);
            long streamed = System.nanoTime();
            rows.replaceWith(rebuilt);
            storeToken(processor.getName(), last);
            log.info("Rebuild {} finished: {} events folded in {} s (the rebuild's collections emptied first in {} s,"
                    + " the replaced ones dropped and the token stored after in {} s)", rebuildId, done,
                    seconds(streamed - cleared), seconds(cleared - started), seconds(System.nanoTime() - streamed));
        } catch (RebuildFailed e) {
            failure = e.failure;
            log.error("Rebuild {} failed and the views stay as they were: {}", rebuildId, e.failure.describe());
            rebuilt.clear();
        } catch (RuntimeException e) {
            failure = new FoldFailure(-1, null, null, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
            log.error("Rebuild {} failed and the views stay as they were", rebuildId, e);
            rebuilt.clear();
        } finally {
            finishedAt = clock.instant();
            try {
                record.finish(rebuildId, done, total, failure, finishedAt);
            } finally {
                processor.start();
            }
        }
    }

    /**
     * The processor goes on after the last event the rebuild folded. Another instance's processor may still hold the
     * claim on the token for a moment after it saw the rebuild and stopped: the token is stored once it lets go.
     */
    private void storeToken(String processorName, TrackingToken last) {
        Instant giveUp = clock.instant().plus(RebuildRecord.ABANDONED);
        while (true) {
            try {
                int[] segments = tokens.fetchSegments(processorName);
                if (segments.length == 0) {
                    tokens.initializeTokenSegments(processorName, 1, last);
                    return;
                }
                for (int segment : segments) {
                    tokens.storeToken(last, processorName, segment);
                }
                return;
            } catch (UnableToClaimTokenException e) {
                if (clock.instant().isAfter(giveUp)) {
                    throw e;
                }
                // still alive: the other instances must not take this rebuild for abandoned while it waits
                record.progress(rebuildId(), done, total, clock.instant());
                pause();
            }
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
    }

    private static void pause() {
        try {
            Thread.sleep(CLAIM_RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the views' token", e);
        }
    }

    /**
     * Folds the whole log into the rebuild's empty collections, a batch at a time. Each batch is written by a writer
     * thread while the next batch is folded; at most one batch waits to be written. Answers the last event's token.
     */
    private TrackingToken stream(MongoRows rebuilt) {
        BatchRows batch = BatchRows.remembering(rebuilt);
        ExecutorService writer = Executors.newSingleThreadExecutor(task -> new Thread(task, "views-rebuild-writer"));
        try (Stream<? extends TrackedEventMessage<?>> history = events.readEvents(null, false)) {
            Future<?> writing = CompletableFuture.completedFuture(null);
            TrackingToken last = null;
            long read = 0;
            List<TrackedEventMessage<?>> folded = new ArrayList<>();
            Iterator<? extends TrackedEventMessage<?>> iterator = history.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                try {
                    batch.fold(event.getPayload(), event);
                } catch (RuntimeException e) {
                    await(writing, rebuilt);
                    throw new RebuildFailed(FoldFailure.of(event, e, clock.instant()));
                }
                folded.add(event);
                read++;
                last = event.trackingToken();
                if (folded.size() == BATCH) {
                    writing = writeAfter(writing, writer, batch.take(), folded, rebuilt);
                    folded = new ArrayList<>();
                }
            }
            if (!folded.isEmpty()) {
                writing = writeAfter(writing, writer, batch.take(), folded, rebuilt);
            }
            total = read;
            await(writing, rebuilt);
            return last;
        } finally {
            writer.shutdownNow();
        }
    }

    private Future<?> writeAfter(Future<?> previous, ExecutorService writer, MongoRows.Writes writes,
                                 List<TrackedEventMessage<?>> batchEvents, MongoRows rebuilt) {
        await(previous, rebuilt);
        return writer.submit(() -> {
            try {
                rebuilt.write(writes);
            } catch (RuntimeException e) {
                throw new BatchNotWritten(batchEvents, e);
            }
            done += batchEvents.size();
            record.progress(rebuildId(), done, total, clock.instant());
        });
    }

    private void await(Future<?> writing, MongoRows rebuilt) {
        try {
            writing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BatchNotWritten batch) {
                throw new RebuildFailed(culprit(batch, rebuilt));
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rebuild wrote a batch", e);
        }
    }

    /**
     * The event of a batch whose rows cannot be written: each event's rows are written alone into empty scratch
     * collections, dropped after each. If each can be written alone, the batch's first event is named with the batch's
     * failure.
     */
    private FoldFailure culprit(BatchNotWritten batch, MongoRows rebuilt) {
        MongoRows probe = rebuilt.probing();
        try {
            for (TrackedEventMessage<?> event : batch.events) {
                BatchRows single = BatchRows.remembering(probe);
                try {
                    single.fold(event.getPayload(), event);
                    probe.write(single.take());
                } catch (RuntimeException e) {
                    return FoldFailure.of(event, e, clock.instant());
                }
                probe.clear();
            }
            return FoldFailure.of(batch.events.get(0), batch.cause, clock.instant());
        } finally {
            probe.clear();
        }
    }

    /** A rebuild's status as the shared record has it, whichever instance runs or ran it; the latest one only. */
    public Optional<Status> status(String rebuildId) {
        return record.read().map(RebuildRecord.Entry::status).filter(status -> rebuildId.equals(status.id()));
    }

    private synchronized String rebuildId() {
        return id;
    }

    private Status current() {
        return record.read().map(RebuildRecord.Entry::status).orElseThrow();
    }

    private TrackingEventProcessor processor() {
        return processing.eventProcessor(ProgrammeProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("the views' processor is not configured"));
    }

    /** The rebuild stopped at an event; the old views stay. */
    private static final class RebuildFailed extends RuntimeException {

        private final transient FoldFailure failure;

        RebuildFailed(FoldFailure failure) {
            super(failure.describe());
            this.failure = failure;
        }
    }

    /** A batch's rows could not be written. */
    private static final class BatchNotWritten extends RuntimeException {

        private final transient List<TrackedEventMessage<?>> events;
        private final RuntimeException cause;

        BatchNotWritten(List<TrackedEventMessage<?>> events, RuntimeException cause) {
            super(cause);
            this.events = events;
            this.cause = cause;
        }
    }
}
