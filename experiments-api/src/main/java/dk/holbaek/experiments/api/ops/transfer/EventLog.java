package dk.holbaek.experiments.api.ops.transfer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;

/**
 * The whole event log as JSON Lines, one event a line ({@code type}, {@code revision}, {@code aggregateType},
 * {@code aggregateId}, {@code sequence}, {@code eventId}, {@code timestamp}, {@code payload}, {@code metadata}), and
 * back into an empty store with the same identifiers, sequence numbers and timestamps.
 */
@Component
public class EventLog {

    private static final int BATCH = 500;

    private final EventStore eventStore;
    private final Serializer serializer;
    private final ObjectMapper json = new ObjectMapper();

    EventLog(EventStore eventStore, Serializer serializer) {
        this.eventStore = eventStore;
        this.serializer = serializer;
    }

    /** Writes every event in the order of the log; answers how many. */
    public long export(BufferedWriter out, LongConsumer progress) {
        long count = 0;
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> event = events.nextAvailable();
                out.write(json.writeValueAsString(line(event)));
                out.write('\n');
                progress.accept(++count);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the event log", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event log", e);
        }
        return count;
    }

    /** Whether the store holds no event yet: imports go only into an empty store. */
    public boolean storeIsEmpty() {
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            return !events.hasNextAvailable();
        }
    }

    /**
     * Reads every line first and refuses the whole file if any line is unreadable, then publishes the events in
     * batches. Answers how many were imported.
     */
    public long importInto(BufferedReader in, LongConsumer progress) {
        if (!storeIsEmpty()) {
            throw new StoreNotEmptyException();
        }
        List<EventMessage<?>> events = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Long> nextSequence = new HashMap<>();
        try {
            String text;
            int number = 0;
            while ((text = in.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    DomainEventMessage<?> event = event(json.readTree(text));
                    long expected = nextSequence.getOrDefault(event.getAggregateIdentifier(), 0L);
                    if (event.getSequenceNumber() != expected) {
                        throw new IllegalArgumentException("sequence " + event.getSequenceNumber() + " of "
                                + event.getAggregateIdentifier() + " should be " + expected);
                    }
                    nextSequence.put(event.getAggregateIdentifier(), expected + 1);
                    events.add(event);
                } catch (IOException | RuntimeException e) {
                    problems.add(new FieldProblem("line " + number, reason(e)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the event log", e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        for (int from = 0; from < events.size(); from += BATCH) {
            eventStore.publish(events.subList(from, Math.min(events.size(), from + BATCH)));
            progress.accept(Math.min(events.size(), from + BATCH));
        }
        return events.size();
    }

    private ObjectNode line(TrackedEventMessage<?> event) throws IOException {
        ObjectNode line = json.createObjectNode();
        Class<?> type = event.getPayloadType();
        Revision revision = type.getAnnotation(Revision.class);
        line.put("type", type.getName());
        line.put("revision", revision == null ? null : revision.value());
        if (event instanceof DomainEventMessage<?> domain) {
            line.put("aggregateType", domain.getType());
            line.put("aggregateId", domain.getAggregateIdentifier());
            line.put("sequence", domain.getSequenceNumber());
        }
        line.put("eventId", event.getIdentifier());
        line.put("timestamp", event.getTimestamp().toString());
        line.set("payload", json.readTree(serializer.serialize(event.getPayload(), String.class).getData()));
        line.set("metadata", json.readTree(serializer.serialize(event.getMetaData(), String.class).getData()));
        return line;
    }

    private DomainEventMessage<?> event(JsonNode line) throws IOException {
        String type = required(line, "type");
        Class<?> payloadType = serializer.classForType(new SimpleSerializedType(type, null));
        if (UnknownSerializedType.class.equals(payloadType)) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        Revision revision = payloadType.getAnnotation(Revision.class);
        String lineRevision = line.path("revision").isNull() ? null : line.path("revision").asText(null);
        String current = revision == null ? null : revision.value();
        if (current != null && !current.equals(lineRevision)) {
            throw new IllegalArgumentException(payloadType.getSimpleName() + " revision " + lineRevision
                    + " cannot be imported; this version reads revision " + current);
        }
        SerializedObject<String> payload = new SimpleSerializedObject<>(json.writeValueAsString(line.get("payload")),
                String.class, type, current);
        SerializedObject<String> metadata = new SimpleSerializedObject<>(
                json.writeValueAsString(line.path("metadata").isMissingNode() ? json.createObjectNode() : line.get("metadata")),
                String.class, MetaData.class.getName(), null);
        Object deserialized = serializer.deserialize(payload);
        MetaData meta = serializer.deserialize(metadata);
        return new GenericDomainEventMessage<>(required(line, "aggregateType"), required(line, "aggregateId"),
                line.path("sequence").asLong(-1), deserialized, meta, required(line, "eventId"),
                Instant.parse(required(line, "timestamp")));
    }

    private static String required(JsonNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value.asText();
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return "not an event of this log: " + (end < 0 ? message : message.substring(0, end));
    }

    /** An import goes only into a store without events. */
    public static class StoreNotEmptyException extends RuntimeException {
        StoreNotEmptyException() {
            super("The event store already holds events; an import goes only into an empty store.");
        }
    }
}
