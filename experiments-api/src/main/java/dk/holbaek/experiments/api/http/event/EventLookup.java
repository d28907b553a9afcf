package dk.holbaek.experiments.api.http.event;

import java.util.Optional;

import org.axonframework.eventhandling.TrackedEventMessage;

/** One event of the log by its identifier (the storage engine's, wired in by the configuration). */
@FunctionalInterface
public interface EventLookup {

    Optional<TrackedEventMessage<?>> byId(String eventId);
}
