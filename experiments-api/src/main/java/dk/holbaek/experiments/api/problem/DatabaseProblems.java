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
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", RETRY_AFTER_SECONDS);
    }

    public static ProblemDetail storageFull() {
        return Problems.of(HttpStatus.INSUFFICIENT_STORAGE, "storage-full");
    }
}
