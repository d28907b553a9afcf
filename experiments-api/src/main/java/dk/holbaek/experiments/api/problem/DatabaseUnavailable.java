package dk.holbaek.experiments.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The answer while the database cannot be reached ({@code DatabaseUnreachable}): 503 with {@code Retry-After}; the
 * service takes requests again by itself once the database is back.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before sending again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static ProblemDetail problem() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "The database cannot be reached",
                "The service cannot reach its database just now. Nothing was recorded unless a later read shows it; "
                        + "send the request again in " + RETRY_AFTER_SECONDS + " seconds (with the same "
                        + "Idempotency-Key, a repeated command is recorded once).");
    }
}
