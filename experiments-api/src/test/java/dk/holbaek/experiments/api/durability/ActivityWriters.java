package dk.holbaek.experiments.api.durability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;

/**
 * Staff members logging activities on the experiments, going round them, one after another until stopped: which
 * activities were acknowledged, which answers refused, and the slowest answer of each status.
 */
final class ActivityWriters {

    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final List<Http.Response> refused = new CopyOnWriteArrayList<>();
    private final Map<Integer, Long> slowest = new ConcurrentHashMap<>();
    private final ExecutorService pool;
    private final List<Future<?>> running = new ArrayList<>();

    private ActivityWriters(int writers) {
        pool = Executors.newFixedThreadPool(writers);
    }

    static ActivityWriters start(Http staff, List<String> experiments, int writers) {
        ActivityWriters started = new ActivityWriters(writers);
        for (int writer = 0; writer < writers; writer++) {
            int offset = writer;
            started.running.add(started.pool.submit(() -> {
                for (int i = 0; started.writing.get(); i++) {
                    long began = System.nanoTime();
                    Http.Response answer = staff.post("/api/experiments/" + experiments.get((offset + i) % experiments.size())
                            + "/activities", Programme.activity("2014-04-01"));
                    started.slowest.merge(answer.status(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began),
                            Math::max);
                    if (answer.status() == 201) {
                        started.acknowledged.add(answer.json().get("activityId").asString());
                    } else {
                        started.refused.add(answer);
                    }
                }
                return null;
            }));
        }
        return started;
    }

    /** Lets each writer finish its request, and waits for them. */
    void stop() throws Exception {
        writing.set(false);
        for (Future<?> writer : running) {
            writer.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    /** The ids of the activities acknowledged (201) so far. */
    List<String> acknowledged() {
        return acknowledged;
    }

    /** Every answer other than 201 so far. */
    List<Http.Response> refused() {
        return refused;
    }

    /** The longest an answer of each status took, in milliseconds. */
    Map<Integer, Long> slowestByStatus() {
        return slowest;
    }
}
