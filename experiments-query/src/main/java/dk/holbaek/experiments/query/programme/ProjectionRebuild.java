package dk.holbaek.experiments.query.programme;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the read model from the event store: the projection's tokens are reset (its reset handler empties the
 * rows) and it replays the whole log. One rebuild at a time; asking again while one runs returns that one.
 */
@Component
public class ProjectionRebuild {

    /** What a status request answers; {@code finishedAt} is null while the rebuild runs. */
    public record Status(String id, boolean finished, long eventsDone, long eventsTotal, Instant startedAt,
                         Instant finishedAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    private final EventProcessingConfiguration processing;
    private final ProgrammeSource source;
    private final RebuildProgress progress;
    private final Clock clock;
    private String id;
    private long total;
    private Instant startedAt;
    private Instant finishedAt;

    ProjectionRebuild(EventProcessingConfiguration processing, ProgrammeSource source, RebuildProgress progress,
                      Clock clock) {
        this.processing = processing;
        this.source = source;
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
        total = source.eventCount();
        startedAt = clock.instant();
        finishedAt = null;
        progress.restart();
        processor.resetTokens();
        processor.start();
        log.info("Rebuilding the views from {} events (rebuild {})", total, id);
        return current();
    }

    public synchronized Optional<Status> status(String rebuildId) {
        return rebuildId.equals(id) ? Optional.of(current()) : Optional.empty();
    }

    private Status current() {
        long done = Math.min(progress.handledSinceRestart(), total);
        if (finishedAt == null && done >= total && caughtUp()) {
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
