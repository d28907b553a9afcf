package dk.holbaek.experiments.query.programme;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/** Counts the events the live projection has folded since it was last reset, to tell a rebuild's progress. */
@Component
class RebuildProgress {

    private final AtomicLong handled = new AtomicLong();

    void handled() {
        handled.incrementAndGet();
    }

    void restart() {
        handled.set(0);
    }

    long handledSinceRestart() {
        return handled.get();
    }
}
