package dk.holbaek.experiments.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per user name and address: after {@value #FAILURES} within {@link #WINDOW}, further attempts for that
 * name from that address are refused until the oldest of those failures is older than the window. A successful login
 * forgets the failures. Entries whose failures have all aged out are dropped as new ones arrive.
 */
final class LoginThrottle {

    static final int FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this name from this address must wait, if it must. */
    Optional<Duration> waitFor(String name, String address) {
        Deque<Instant> recent = failures.get(key(name, address));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            Instant now = clock.instant();
            forgetOld(recent, now);
            if (recent.size() < FAILURES) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, recent.peekFirst().plus(WINDOW)));
        }
    }

    void failed(String name, String address) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    forgetOld(recent, now);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(name, address), k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent, now);
            recent.addLast(now);
        }
    }

    void succeeded(String name, String address) {
        failures.remove(key(name, address));
    }

    private static void forgetOld(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
            recent.removeFirst();
        }
    }

    private static String key(String name, String address) {
        return name + "\n" + address;
    }
}
