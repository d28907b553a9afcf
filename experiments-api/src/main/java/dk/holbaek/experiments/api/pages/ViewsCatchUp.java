package dk.holbaek.experiments.api.pages;

import java.time.Duration;
import java.util.Map;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dk.holbaek.experiments.query.programme.ProjectionRebuild;

/**
 * Lets a person who just recorded something see it on the next page: before a form leads to a page read from the
 * views, it waits (at most {@link #LONGEST}) until the views' processor has folded every event stored so far.
 */
@Component
class ViewsCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ViewsCatchUp.class);
    static final Duration LONGEST = Duration.ofSeconds(3);
    private static final long POLL_MILLIS = 10;

    private final EventStore events;
    private final EventProcessingConfiguration processing;

    ViewsCatchUp(EventStore events, EventProcessingConfiguration processing) {
        this.events = events;
        this.processing = processing;
    }

    /** Waits until the views hold everything stored before this call, or {@link #LONGEST} has passed. */
    void awaitEverythingStoredSoFar() {
        TrackingToken head = events.createHeadToken();
        if (head == null) {
            return;
        }
        long deadline = System.nanoTime() + LONGEST.toNanos();
        while (System.nanoTime() < deadline) {
            if (caughtUp(head)) {
                return;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.info("The views had not folded the latest event within {} ms; the page may lag behind", LONGEST.toMillis());
    }

    private boolean caughtUp(TrackingToken head) {
        Map<Integer, EventTrackerStatus> status = processing
                .eventProcessor(ProjectionRebuild.PROCESSING_GROUP, TrackingEventProcessor.class)
                .map(TrackingEventProcessor::processingStatus).orElse(Map.of());
        return !status.isEmpty() && status.values().stream().allMatch(segment -> segment.getTrackingToken() != null
                && segment.getTrackingToken().covers(head));
    }
}
