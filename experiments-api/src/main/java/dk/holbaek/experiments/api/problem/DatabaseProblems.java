package dk.holbaek.experiments.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * What a client is told when the database cannot take its request: unreachable ({@code DatabaseUnreachable}), 503
 * with {@code Retry-After}, and the service takes requests again by itself once the database is back; or its disk
 * full ({@code StorageFull}), 507, and writes work again once an administrator has freed space.
 */
public final class DatabaseProblems {

    /** Seconds a client is asked to wait before sending again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseProblems() {
    }

    public static ProblemDetail unavailable() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "The database cannot be reached",
                "The service cannot reach its database just now. Nothing was recorded unless a later read shows it; "
                        + "send the request again in " + RETRY_AFTER_SECONDS + " seconds (with the same "
                        + "Idempotency-Key, a repeated command is recorded once).");
    }

    public static ProblemDetail storageFull() {
        return Problems.of(HttpStatus.INSUFFICIENT_STORAGE, "storage-full", "The database's disk is full",
                "Nothing new can be recorded until an administrator frees space on the database's disk; nothing of this "
                        + "request was recorded. Everything recorded so far is kept and can be read.");
    }
}
