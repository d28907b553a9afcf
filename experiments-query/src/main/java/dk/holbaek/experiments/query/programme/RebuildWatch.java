package dk.holbaek.experiments.query.programme;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Watches the shared rebuild record ({@link RebuildRecord}) every second: while another instance rebuilds the views,
 * this instance's views processor stops (it would write into the set the rebuild is about to replace, and hold the
 * token the rebuild resets); when that rebuild ends, or is abandoned by an instance that died, it starts again. An
 * instance that starts during a rebuild stops its processor at the first look, within a second.
 */
@Component
class RebuildWatch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RebuildWatch.class);
    private static final long EVERY_MS = 1_000;

    private final EventProcessingConfiguration processing;
    private final ProjectionRebuild rebuild;
    private final Clock clock;
    private final AtomicBoolean watching = new AtomicBoolean();
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "views-rebuild-watch");
        thread.setDaemon(true);
        return thread;
    });
    private boolean stoppedForRebuild;

    RebuildWatch(EventProcessingConfiguration processing, ProjectionRebuild rebuild, Clock clock) {
        this.processing = processing;
        this.rebuild = rebuild;
        this.clock = clock;
    }

    @EventListener(ContextRefreshedEvent.class)
    void startWatching() {
        if (watching.compareAndSet(false, true)) {
            watch.scheduleWithFixedDelay(this::look, 0, EVERY_MS, TimeUnit.MILLISECONDS);
        }
    }

    /** One look at the record; a database that cannot be reached is looked at again next time. */
    void look() {
        try {
            Optional<TrackingEventProcessor> processor = processing.eventProcessor(
                    ProgrammeProjection.PROCESSING_GROUP, TrackingEventProcessor.class);
            if (processor.isEmpty()) {
                return;
            }
            boolean elsewhere = rebuild.record().read()
                    .filter(entry -> entry.runningAt(clock.instant()))
                    .filter(entry -> !rebuild.instance().equals(entry.owner()))
                    .isPresent();
            if (elsewhere && processor.get().isRunning()) {
                log.info("The views are being rebuilt on another instance: this instance's views processor waits");
                processor.get().shutDown();
                stoppedForRebuild = true;
            } else if (!elsewhere && stoppedForRebuild) {
                log.info("The rebuild on another instance has ended: this instance's views processor goes on");
                stoppedForRebuild = false;
                processor.get().start();
            }
        } catch (RuntimeException e) {
            log.debug("The rebuild record could not be read this time: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        watch.shutdownNow();
    }
}
