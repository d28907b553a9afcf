package dk.holbaek.experiments.api.http.event;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Revision;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.problem.NotFoundException;

/**
 * One event of the log, so that an analyst can follow every id a figure's {@code sources} names
 * (role ANALYST or ADMIN): {@code GET /api/events/{eventId}}.
 */
@RestController
@RequestMapping("/api/events")
class EventController {

    /** An event as the log holds it. {@code position}: its place in the whole log. */
    record RecordedEvent(String eventId, String type, String revision, String aggregateType, String aggregateId,
                         Long sequence, long position, Instant recordedAt, String recordedBy, Object payload) {
    }

    private final EventLookup events;

    EventController(EventLookup events) {
        this.events = events;
    }

    @GetMapping("/{eventId}")
    RecordedEvent event(@PathVariable String eventId) {
        TrackedEventMessage<?> event = events.byId(eventId)
                .orElseThrow(() -> new NotFoundException("event", eventId));
        Revision revision = event.getPayloadType().getAnnotation(Revision.class);
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Object recordedBy = event.getMetaData().get("recordedBy");
        return new RecordedEvent(event.getIdentifier(), event.getPayloadType().getSimpleName(),
                revision == null ? null : revision.value(), domain == null ? null : domain.getType(),
                domain == null ? null : domain.getAggregateIdentifier(), domain == null ? null : domain.getSequenceNumber(),
                event.trackingToken().position().orElse(-1), event.getTimestamp(),
                recordedBy == null ? null : recordedBy.toString(), event.getPayload());
    }
}
