package dk.holbaek.experiments.api.render;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The reports made most recently ({@value #ENTRIES}), by the log's head, {@code asOf}, language and format: asked
 * again before anything new is recorded, a report is answered without replaying the log; any new event moves the head
 * and the next request makes it anew. What is kept is exactly what was sent, so the same log and date still give the
 * same bytes.
 */
@Component
public class ReportCache {

    static final int ENTRIES = 32;

    /** A rendered report and the date it is as of (for its file name). */
    public record Rendered(byte[] body, LocalDate asOf) {
    }

    private record Key(long head, LocalDate asOf, Instant asOfInstant, String language, ReportFormat format) {
    }

    private final LongSupplier head;
    private final Map<Key, Rendered> made = new LinkedHashMap<>(ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
            return size() > ENTRIES;
        }
    };

    @Autowired
    ReportCache(EventStore events) {
        this(() -> {
            TrackingToken token = events.createHeadToken();
            return token == null ? -1 : token.position().orElse(-1);
        });
    }

    ReportCache(LongSupplier head) {
        this.head = head;
    }

    /** The report this asks for: kept, or made by {@code make} and kept. */
    public Rendered render(ReportRequest request, Supplier<Rendered> make) {
        Key key = new Key(head.getAsLong(), request.asOf(), request.asOfInstant(), request.language().getLanguage(),
                request.format());
        synchronized (made) {
            Rendered kept = made.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Rendered rendered = make.get();
        synchronized (made) {
            made.put(key, rendered);
        }
        return rendered;
    }
}
