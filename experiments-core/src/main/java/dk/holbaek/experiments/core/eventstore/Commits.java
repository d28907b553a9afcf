package dk.holbaek.experiments.core.eventstore;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.AbstractEventEntry;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

/** The stored form of commits and events (documented in docs/event-store.md). */
final class Commits {

    /** {@code "<aggregateIdentifier>#<firstSequenceNumber>"}: unique, one lookup key per commit. */
    static final String FIRST_KEY = "firstEventKey";
    /** {@code "<aggregateIdentifier>#<lastSequenceNumber>"}: unique. */
    static final String LAST_KEY = "lastEventKey";
    /** The identifiers of a commit's events: unique across the log. */
    static final String EVENT_IDENTIFIERS = "events.eventIdentifier";
    /** Set on a commit of one event that belongs to no aggregate. */
    private static final String APPLICATION = "application";

    private Commits() {
    }

    /**
     * An aggregate's sequence number as one string. The digits after the last {@code #} are the number, so no two
     * (aggregate, number) pairs share a key, whatever the aggregate identifier holds.
     */
    static String key(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + "#" + sequenceNumber;
    }

    /** The aggregate an event belongs to; an event outside any aggregate is its own. */
    static String aggregateOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
    }

    static Document document(long position, List<? extends EventMessage<?>> events, Serializer serializer) {
        EventMessage<?> first = events.get(0);
        EventMessage<?> last = events.get(events.size() - 1);
        List<Document> stored = new ArrayList<>();
        for (EventMessage<?> event : events) {
            stored.add(event(event, serializer));
        }
        Document commit = new Document("_id", position)
                .append("aggregateIdentifier", aggregateOf(first))
                .append("aggregateType", first instanceof DomainEventMessage<?> domain ? domain.getType() : null)
                .append("firstSequenceNumber", sequenceOf(first))
                .append("lastSequenceNumber", sequenceOf(last))
                .append(FIRST_KEY, key(aggregateOf(first), sequenceOf(first)))
                .append(LAST_KEY, key(aggregateOf(first), sequenceOf(last)))
                .append("timestamp", first.getTimestamp().toString())
                .append("events", stored);
        if (!(first instanceof DomainEventMessage<?>)) {
            commit.append(APPLICATION, true);
        }
        return commit;
    }

    static boolean isApplicationEvent(Document commit) {
        return commit.getBoolean(APPLICATION, false);
    }

    static Document event(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = serializer.serialize(event.getPayload(), String.class);
        SerializedObject<String> metaData = serializer.serialize(event.getMetaData(), String.class);
        return new Document("eventIdentifier", event.getIdentifier())
                .append("sequenceNumber", sequenceOf(event))
                .append("timestamp", event.getTimestamp().toString())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", metaData.getData());
    }

    static DomainEventData<String> domainEntry(Document event, String aggregateType, String aggregateIdentifier) {
        return new GenericDomainEventEntry<>(aggregateType, aggregateIdentifier, event.getLong("sequenceNumber"),
                event.getString("eventIdentifier"), event.getString("timestamp"), event.getString("payloadType"),
                event.getString("payloadRevision"), event.getString("payload"), event.getString("metaData"));
    }

    /** An event that belongs to no aggregate, read back as such (not as a domain event). */
    static final class TrackedApplicationEvent extends AbstractEventEntry<String> implements TrackedEventData<String> {

        private final TrackingToken token;

        TrackedApplicationEvent(TrackingToken token, Document event) {
            super(event.getString("eventIdentifier"), event.getString("timestamp"), event.getString("payloadType"),
                    event.getString("payloadRevision"), event.getString("payload"), event.getString("metaData"));
            this.token = token;
        }

        @Override
        public TrackingToken trackingToken() {
            return token;
        }
    }

    private static long sequenceOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
    }
}
