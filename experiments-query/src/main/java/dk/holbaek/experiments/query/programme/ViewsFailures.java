package dk.holbaek.experiments.query.programme;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Whether the live views have stopped at an event they cannot fold (they wait there, retrying, and fold nothing after
 * it), and how many such stops there have been since the service started.
 */
@Component
public class ViewsFailures {

    private volatile FoldFailure current;
    private final AtomicLong stops = new AtomicLong();

    void failed(FoldFailure failure) {
        FoldFailure before = current;
        if (before == null || !before.eventId().equals(failure.eventId())) {
            stops.incrementAndGet();
        }
        current = failure;
    }

    void folded() {
        current = null;
    }

    /** The event the views are stopped at, if they are. */
    public Optional<FoldFailure> current() {
        return Optional.ofNullable(current);
    }

    /** Stops at an event since the service started (a stop retried at the same event counts once). */
    public long stops() {
        return stops.get();
    }
}
