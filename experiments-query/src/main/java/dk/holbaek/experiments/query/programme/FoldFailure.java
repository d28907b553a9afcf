package dk.holbaek.experiments.query.programme;

import java.time.Instant;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * An event the views could not fold or write: its position in the log ({@code -1} when unknown), its type and
 * identifier, why, and when it happened.
 */
public record FoldFailure(long position, String eventType, String eventId, String reason, Instant at) {

    static FoldFailure of(EventMessage<?> event, RuntimeException failure, Instant at) {
        long position = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().orElse(-1) : -1;
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return new FoldFailure(position, event.getPayloadType().getSimpleName(), event.getIdentifier(),
                reason.length() > 300 ? reason.substring(0, 300) + "…" : reason, at);
    }

    /** A sentence for the log and the health check. */
    public String describe() {
        return "event " + eventType + " " + eventId + " at position " + position + " could not be folded into the views ("
                + reason + ")";
    }
}
