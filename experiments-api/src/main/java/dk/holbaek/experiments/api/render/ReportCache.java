package dk.holbaek.experiments.api.render;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dk.holbaek.experiments.query.report.ExperienceReport;

/**
 * The reports made most recently, by the log's head and {@code asOf}: the built reports ({@value #BUILT}) and what
 * was sent for them ({@value #ENTRIES}, by language and format as well). Asked again before anything new is recorded,
 * a report is answered without reading the log, and another language or format of it is only rendered, not built
 * again; requests that arrive while it is being built wait for that build instead of starting their own. Any new event
 * moves the head and the next request makes it anew. What is kept is exactly what was sent, so the same log and date
 * still give the same bytes.
 */
@Component
public class ReportCache {

    static final int ENTRIES = 32;
    static final int BUILT = 4;

    /** A rendered report and the date it is as of (for its file name). */
    public record Rendered(byte[] body, LocalDate asOf) {
    }

    private record Moment(long head, LocalDate asOf, Instant asOfInstant) {
    }

    private record Key(Moment moment, String language, ReportFormat format) {
    }

    private final LongSupplier head;
    private final Map<Key, Rendered> made = newest(ENTRIES);
    private final Map<Moment, FutureTask<ExperienceReport>> built = newest(BUILT);

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

    /** The report as of the request's date at the log's current head: kept, or made by {@code build} and kept. */
    public ExperienceReport report(ReportRequest request, Supplier<ExperienceReport> build) {
        return report(moment(request), build);
    }

    /**
     * The report this asks for in its language and format: kept, or rendered by {@code render} from the report
     * (itself kept, or made by {@code build}) and kept.
     */
    public Rendered render(ReportRequest request, Supplier<ExperienceReport> build,
                           Function<ExperienceReport, byte[]> render) {
        Moment moment = moment(request);
        Key key = new Key(moment, request.language().getLanguage(), request.format());
        synchronized (made) {
            Rendered kept = made.get(key);
            if (kept != null) {
                return kept;
            }
        }
        ExperienceReport report = report(moment, build);
        Rendered rendered = new Rendered(render.apply(report), report.asOf());
        synchronized (made) {
            made.put(key, rendered);
        }
        return rendered;
    }

    private Moment moment(ReportRequest request) {
        return new Moment(head.getAsLong(), request.asOf(), request.asOfInstant());
    }

    private ExperienceReport report(Moment moment, Supplier<ExperienceReport> build) {
        FutureTask<ExperienceReport> task;
        boolean mine = false;
        synchronized (built) {
            task = built.get(moment);
            if (task == null) {
                task = new FutureTask<>(build::get);
                built.put(moment, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            synchronized (built) {
                built.remove(moment, task);
            }
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The report could not be built", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the report to be built", e);
        }
    }

    private static <K, V> Map<K, V> newest(int entries) {
        return new LinkedHashMap<>(entries, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > entries;
            }
        };
    }
}
