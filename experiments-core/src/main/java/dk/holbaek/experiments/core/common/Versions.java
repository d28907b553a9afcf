package dk.holbaek.experiments.core.common;

import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/** The optimistic check of a command that names the version its sender read. */
public final class Versions {

    private Versions() {
    }

    /** Call from a command handler: the aggregate must still be at the version the sender read, if one was named. */
    public static void requireExpected(String aggregateId, Long expectedVersion) {
        Long actual = AggregateLifecycle.getVersion();
        if (expectedVersion != null && !expectedVersion.equals(actual)) {
            throw new ConflictingAggregateVersionException(aggregateId, expectedVersion, actual == null ? -1 : actual);
        }
    }
}
