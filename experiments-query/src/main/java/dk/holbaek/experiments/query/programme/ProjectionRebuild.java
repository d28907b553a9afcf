package dk.holbaek.experiments.query.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the read model from the event store. The views' processor is stopped and its tokens reset (its reset
 * handler empties the read model); then the log is streamed from the storage engine straight into the fold, past
 * the processor's unit of work per batch, and written in batches of {@value #BATCH} events (by a second thread while
 * the next batch is folded), each followed by the processor's token at its last event. Then the processor starts again and folds what was appended meanwhile. If the
 * rebuild stops half-way (a crash, a failed write), the processor continues the replay from the last batch written.
 * One rebuild at a time; asking again while one runs returns that one.
 */
@Component
public class ProjectionRebuild {

    /**
     * What a status request answers. {@code eventsTotal} is the number of events the log held, known once the rebuild
     * has read it to the end (null before: counting them first would cost a read of the whole log); {@code finishedAt}
     * is null while the rebuild runs.
     */
    public record Status(String id, boolean finished, long eventsDone, Long eventsTotal, Instant startedAt,
                         Instant finishedAt) {
    }

    static final int BATCH = 5000;

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine events;
    private final TokenStore tokens;
    private final MongoRows rows;
    private final RebuildProgress progress;
    private final Clock clock;
    private String id;
    private volatile Long total;
    private Instant startedAt;
    private Instant finishedAt;
    private Thread streaming;

    ProjectionRebuild(EventProcessingConfiguration processing, EventStorageEngine events, TokenStore tokens,
                      MongoRows rows, RebuildProgress progress, Clock clock) {
        this.processing = processing;
        this.events = events;
        this.tokens = tokens;
        this.rows = rows;
        this.progress = progress;
        this.clock = clock;
    }

    public synchronized Status start() {
        if (id != null && !current().finished()) {
            return current();
        }
        TrackingEventProcessor processor = processor();
        processor.shutDown();
        id = UUID.randomUUID().toString();
        total = null;
        startedAt = clock.instant();
        finishedAt = null;
        progress.restart();
        processor.resetTokens();
        log.info("Rebuilding the views from the event log (rebuild {})", id);
        streaming = new Thread(() -> streamThenStart(processor), "views-rebuild");
        streaming.setDaemon(true);
        streaming.start();
        return current();
    }

    private void streamThenStart(TrackingEventProcessor processor) {
        try {
            total = stream(processor.getName());
        } catch (RuntimeException e) {
            log.error("The rebuild's stream stopped; the views' processor continues the replay from the last batch "
                    + "written", e);
        } finally {
            processor.start();
        }
    }

    /**
     * Folds the whole log into the emptied read model, a batch at a time. Each batch is written, and the token stored
     * after it, by a writer thread while the next batch is folded; at most one batch waits to be written.
     */
    private long stream(String processorName) {
        int[] segments = tokens.fetchSegments(processorName);
        TrackingToken fetched = tokens.fetchToken(processorName, segments[0]);
        TrackingToken atReset = fetched instanceof ReplayToken replay ? replay.getTokenAtReset() : null;
        BatchRows batch = BatchRows.remembering(rows);
        ExecutorService writer = Executors.newSingleThreadExecutor(task -> new Thread(task, "views-rebuild-writer"));
        try (Stream<? extends TrackedEventMessage<?>> history = events.readEvents(null, false)) {
            Future<?> writing = CompletableFuture.completedFuture(null);
            TrackingToken last = null;
            long read = 0;
            Iterator<? extends TrackedEventMessage<?>> iterator = history.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                batch.fold(event.getPayload(), event);
                last = event.trackingToken();
                if (++read % BATCH == 0) {
                    writing = writeAfter(writing, writer, batch.take(), BATCH, processorName, segments,
                            ReplayToken.createReplayToken(atReset, last));
                }
            }
            if (read % BATCH > 0) {
                writing = writeAfter(writing, writer, batch.take(), (int) (read % BATCH), processorName, segments,
                        ReplayToken.createReplayToken(atReset, last));
            }
            await(writing);
            return read;
        } finally {
            writer.shutdownNow();
        }
    }

    private Future<?> writeAfter(Future<?> previous, ExecutorService writer, MongoRows.Writes writes, int events,
                                 String processorName, int[] segments, TrackingToken token) {
        await(previous);
        return writer.submit(() -> {
            rows.write(writes);
            for (int segment : segments) {
                tokens.storeToken(token, processorName, segment);
            }
            progress.handled(events);
        });
    }

    private static void await(Future<?> writing) {
        try {
            writing.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rebuild wrote a batch", e);
        }
    }

    public synchronized Optional<Status> status(String rebuildId) {
        return rebuildId.equals(id) ? Optional.of(current()) : Optional.empty();
    }

    /**
     * Events written by the rebuild's stream, then by the processor: after a stream that stopped half-way the
     * processor folds the rest, and the total is what both folded once the processor has caught up.
     */
    private Status current() {
        long done = total == null ? progress.handledSinceRestart() : Math.min(progress.handledSinceRestart(), total);
        if (finishedAt == null && !streaming.isAlive() && caughtUp()) {
            total = total == null ? done : total;
            finishedAt = clock.instant();
            log.info("Rebuild {} finished: {} events folded", id, done);
        }
        return new Status(id, finishedAt != null, done, total, startedAt, finishedAt);
    }

    private boolean caughtUp() {
        TrackingEventProcessor processor = processor();
        return processor.isRunning() && !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp);
    }

    private TrackingEventProcessor processor() {
        return processing.eventProcessor(ProgrammeProjection.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("the views' processor is not configured"));
    }
}
