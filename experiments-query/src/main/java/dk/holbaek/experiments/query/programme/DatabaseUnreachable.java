package dk.holbaek.experiments.query.programme;

import org.springframework.dao.DataAccessResourceFailureException;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Whether a failure means the database could not be reached (stopped, restarting, the network between, a replica
 * set electing a primary), as the driver or Spring Data says it: a passing state that blames no event and no
 * request, and ends by itself when the database is back.
 */
public final class DatabaseUnreachable {

    private DatabaseUnreachable() {
    }

    /** Whether {@code failure}, or anything that caused it, says the database could not be reached. */
    public static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MongoSocketException || cause instanceof MongoTimeoutException
                    || cause instanceof MongoInterruptedException || cause instanceof MongoConnectionPoolClearedException
                    || cause instanceof MongoNotPrimaryException || cause instanceof MongoNodeIsRecoveringException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }

    /** The driver's first line about it, for one log line without a trace. */
    public static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getName().startsWith("com.mongodb.")) {
                return cause.getClass().getSimpleName() + ": "
                        + String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
            }
        }
        return failure.getClass().getSimpleName();
    }
}
