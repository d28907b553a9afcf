package dk.holbaek.experiments.query.programme;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/** Counts the events a rebuild and the live projection have folded since the rebuild began, to tell its progress. */
@Component
class RebuildProgress {

    private final AtomicLong handled = new AtomicLong();

    void handled() {
        handled.incrementAndGet();
    }

    void handled(int events) {
        handled.addAndGet(events);
    }

    void restart() {
        handled.set(0);
    }

    long handledSinceRestart() {
        return handled.get();
    }
}
