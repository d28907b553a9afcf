package dk.holbaek.experiments.api.ops.transfer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.council.api.CouncilEvent;
import dk.holbaek.experiments.core.external.api.ExternalExperienceEvent;
import dk.holbaek.experiments.core.experiment.api.ExperimentEvent;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.recommendation.api.RecommendationEvent;

/**
 * The whole event log as JSON Lines, one event a line ({@code type}, {@code revision}, {@code aggregateType},
 * {@code aggregateId}, {@code sequence}, {@code eventId}, {@code timestamp}, {@code payload}, {@code metadata}), and
 * back into an empty store with the same identifiers, sequence numbers and timestamps, through the same gate as the
 * commands (docs/api.md).
 */
@Component
public class EventLog {

    private static final int BATCH = 500;
    static final int MOST_PROBLEMS = 100;
    /** The programme's own events, by type name: nothing else may be imported. */
    private static final Map<String, Class<?>> EVENT_TYPES = Stream.of(ExperimentEvent.class, CouncilEvent.class,
                    RecommendationEvent.class, ExternalExperienceEvent.class).flatMap(group -> Stream.of(group.getPermittedSubclasses()))
            .collect(Collectors.toMap(Class::getName, type -> type));
    private static final Map<Class<?>, String> AGGREGATE_TYPES = Map.of(ExperimentEvent.class, "Experiment",
            CouncilEvent.class, "CouncilInvolvement", RecommendationEvent.class, "Recommendation",
            ExternalExperienceEvent.class, "ExternalExperience");

    private final EventStore eventStore;
    private final EventStorageEngine storage;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final ImportedContent content;
    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    EventLog(EventStore eventStore, EventStorageEngine storage, Serializer serializer, Configuration axon,
             ImportedContent content) {
        this.eventStore = eventStore;
        this.storage = storage;
        this.serializer = serializer;
        this.upcasters = axon.upcasterChain();
        this.content = content;
    }

    /** How many events an export wrote, and the log's position of the last (null when there was none). */
    public record Exported(long events, Long lastPosition) {
    }

    /** Writes every event in the order of the log; answers how many. */
    public long export(BufferedWriter out, LongConsumer progress) {
        return export(out, progress, line -> { }).events();
    }

    /**
     * Writes the events in the order of the log, from the first to the last one stored when the export began (the log
     * has no gaps and no late arrivals, so this is the whole log as it stood then, whatever is written meanwhile),
     * handing each line (without its line end) to {@code lines}.
     */
    public Exported export(BufferedWriter out, LongConsumer progress, Consumer<String> lines) {
        TrackingToken head = storage.createHeadToken();
        long end = head == null ? -1 : head.position().orElse(-1);
        long count = 0;
        Long position = null;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                OptionalLong at = event.trackingToken() == null ? OptionalLong.empty() : event.trackingToken().position();
                if (at.isPresent() && at.getAsLong() > end) {
                    break;
                }
                String text = json.writeValueAsString(line(event));
                out.write(text);
                out.write('\n');
                lines.accept(text);
                position = at.isPresent() ? Long.valueOf(at.getAsLong()) : position;
                progress.accept(++count);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the event log", e);
        }
        return new Exported(count, position);
    }

    /** Whether the store holds no event yet: imports go only into an empty store. */
    public boolean storeIsEmpty() {
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            return events.findAny().isEmpty();
        }
    }

    /**
     * Imports a JSON Lines file into an empty store, reading it twice: first every line is checked (and the file
     * refused whole, naming at most {@value #MOST_PROBLEMS} bad lines, if any fails), then the events are published in
     * batches. The file is streamed both times, never held in memory. Answers how many were imported.
     */
    public long importInto(Path file, LongConsumer progress) {
        if (!storeIsEmpty()) {
            throw new StoreNotEmptyException();
        }
        List<FieldProblem> problems = new ArrayList<>();
        Gate gate = new Gate();
        forEachLine(file, (number, text) -> {
            try {
                gate.admit(event(json.readTree(text)));
            } catch (IOException | RuntimeException e) {
                problems.add(new FieldProblem("line " + number, Flaw.IMPORT_LINE, reason(e)));
            }
            return problems.size() < MOST_PROBLEMS;
        });
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        List<EventMessage<?>> batch = new ArrayList<>();
        long[] published = {0};
        forEachLine(file, (number, text) -> {
            try {
                batch.add(event(json.readTree(text)));
            } catch (IOException e) {
                throw new UncheckedIOException("The event log changed while it was imported", e);
            }
            if (batch.size() == BATCH) {
                published[0] += publish(batch, progress, published[0]);
            }
            return true;
        });
        published[0] += publish(batch, progress, published[0]);
        return published[0];
    }

    private long publish(List<EventMessage<?>> batch, LongConsumer progress, long before) {
        int size = batch.size();
        if (size > 0) {
            eventStore.publish(List.copyOf(batch));
            batch.clear();
            progress.accept(before + size);
        }
        return size;
    }

    /** Calls {@code line} for each line that is not blank, with its number, while it answers true. */
    private static void forEachLine(Path file, LineHandler line) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int number = 0;
            while ((text = in.readLine()) != null) {
                number++;
                if (!text.isBlank() && !line.handle(number, text)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the event log", e);
        }
    }

    @FunctionalInterface
    private interface LineHandler {
        boolean handle(int number, String text);
    }

    /**
     * What a whole file must satisfy, line by line: identifiers unique, each aggregate's sequence 0, 1, 2, … of one
     * type, timestamps from the programme's first day up to now, and each payload by its command's rules, with the
     * experiments and learnings it refers to recorded earlier in the file.
     */
    private final class Gate {

        private final Set<String> eventIds = new HashSet<>();
        private final Map<String, Long> nextSequence = new HashMap<>();
        private final Map<String, String> aggregateTypes = new HashMap<>();
        private final Set<String> experiments = new HashSet<>();
        private final Map<String, String> learnings = new HashMap<>();
        private final Instant earliest = content.earliestTimestamp();
        private final Instant now = content.now();

        void admit(DomainEventMessage<?> event) {
            String aggregate = event.getAggregateIdentifier();
            if (!eventIds.add(event.getIdentifier())) {
                throw new IllegalArgumentException("event id " + event.getIdentifier() + " appears twice");
            }
            long expected = nextSequence.getOrDefault(aggregate, 0L);
            if (event.getSequenceNumber() != expected) {
                throw new IllegalArgumentException("sequence " + event.getSequenceNumber() + " of " + aggregate
                        + " should be " + expected);
            }
            String type = aggregateTypes.putIfAbsent(aggregate, event.getType());
            if (type != null && !type.equals(event.getType())) {
                throw new IllegalArgumentException(aggregate + " is a " + type + ", not a " + event.getType());
            }
            if (event.getTimestamp().isBefore(earliest) || event.getTimestamp().isAfter(now)) {
                throw new IllegalArgumentException("timestamp " + event.getTimestamp() + " lies before the programme's "
                        + "first day or in the future");
            }
            try {
                content.check(event.getPayload(), experiments, learnings);
            } catch (InvalidCommandException e) {
                throw new IllegalArgumentException(e.problems().stream().map(p -> p.field() + " " + p.message())
                        .collect(Collectors.joining("; ")));
            }
            nextSequence.put(aggregate, expected + 1);
            Object payload = event.getPayload();
            if (payload instanceof ExperimentRegistered registered) {
                experiments.add(registered.experimentId());
            } else if (payload instanceof LearningRecorded learning) {
                learnings.put(learning.learningId(), learning.experimentId());
            }
        }
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

    /**
     * One line as the event it records: only the programme's own event types, at their current revision or an older
     * one that the upcasters turn into it, the payload read without dropping or changing a field, under the aggregate
     * type and identifier the payload names.
     */
    private DomainEventMessage<?> event(JsonNode line) throws IOException {
        String type = required(line, "type");
        Class<?> payloadType = EVENT_TYPES.get(type);
        if (payloadType == null) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        String current = payloadType.getAnnotation(Revision.class).value();
        String lineRevision = line.path("revision").isTextual() ? line.get("revision").asText() : null;
        if (lineRevision == null) {
            throw new IllegalArgumentException("no revision");
        }
        JsonNode payloadNode = line.get("payload");
        if (payloadNode == null || !payloadNode.isObject()) {
            throw new IllegalArgumentException("no payload object");
        }
        JsonNode metadataNode = line.path("metadata").isMissingNode() ? json.createObjectNode() : line.get("metadata");
        if (!metadataNode.isObject()) {
            throw new IllegalArgumentException("metadata is not an object");
        }
        String aggregateType = required(line, "aggregateType");
        String aggregateId = required(line, "aggregateId");
        JsonNode sequence = line.get("sequence");
        if (sequence == null || !sequence.isIntegralNumber() || sequence.asLong() < 0) {
            throw new IllegalArgumentException("no sequence number");
        }
        Instant timestamp;
        try {
            timestamp = Instant.parse(required(line, "timestamp"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp must be an instant like 2014-03-12T10:00:00Z");
        }
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>(aggregateType, aggregateId,
                sequence.asLong(), required(line, "eventId"), timestamp, type, lineRevision,
                json.writeValueAsString(payloadNode), json.writeValueAsString(metadataNode));
        List<IntermediateEventRepresentation> upcast = upcasters.upcast(
                Stream.of(new InitialEventRepresentation(entry, serializer))).toList();
        if (upcast.size() != 1 || !current.equals(upcast.get(0).getType().getRevision())) {
            throw new IllegalArgumentException(payloadType.getSimpleName() + " revision " + lineRevision
                    + " cannot be imported; this version reads revision " + current);
        }
        DomainEventMessage<?> read = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer,
                upcasters).asStream().findFirst().orElseThrow();
        // with the line's own instant: an entry keeps only milliseconds, the log keeps what it was given
        DomainEventMessage<?> event = new GenericDomainEventMessage<>(read.getType(), read.getAggregateIdentifier(),
                read.getSequenceNumber(), read.getPayload(), read.getMetaData(), read.getIdentifier(), timestamp);
        // at the current revision the line's payload, at an older one the payload as the upcasters made it
        JsonNode asUpcast = current.equals(lineRevision) ? payloadNode
                : json.readTree(upcast.get(0).getData(String.class).getData());
        requireReadAsWritten(asUpcast, json.readTree(serializer.serialize(event.getPayload(), String.class).getData()));
        String expectedAggregate = AGGREGATE_TYPES.get(payloadType.getInterfaces()[0]);
        if (!expectedAggregate.equals(aggregateType)) {
            throw new IllegalArgumentException(type + " belongs to a " + expectedAggregate + ", not a " + aggregateType);
        }
        if (!aggregateId.equals(aggregateIdOf(event.getPayload()))) {
            throw new IllegalArgumentException("aggregateId " + aggregateId + " is not the id the payload names");
        }
        return event;
    }

    /** Every field of the line's payload, read and written again, is what the line says: nothing unknown, nothing coerced. */
    private static void requireReadAsWritten(JsonNode written, JsonNode read) {
        written.fields().forEachRemaining(field -> {
            JsonNode value = read.get(field.getKey());
            if (value == null || !sameValue(field.getValue(), value)) {
                throw new IllegalArgumentException("payload field " + field.getKey() + " is not one of this event or "
                        + "not of its form");
            }
        });
    }

    private static boolean sameValue(JsonNode written, JsonNode read) {
        if (written.isNumber() && read.isNumber()) {
            return written.isIntegralNumber() == read.isIntegralNumber()
                    && written.decimalValue().compareTo(read.decimalValue()) == 0;
        }
        if (written.isObject() && read.isObject()) {
            try {
                requireReadAsWritten(written, read);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        if (written.isArray() && read.isArray() && written.size() == read.size()) {
            for (int i = 0; i < written.size(); i++) {
                if (!sameValue(written.get(i), read.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return written.equals(read);
    }

    private static String aggregateIdOf(Object payload) {
        if (payload instanceof ExperimentEvent experiment) {
            return experiment.experimentId();
        }
        if (payload instanceof CouncilEvent council) {
            return council.involvementId();
        }
        if (payload instanceof ExternalExperienceEvent external) {
            return external.experienceId();
        }
        return ((RecommendationEvent) payload).recommendationId();
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
        String first = end < 0 ? message : message.substring(0, end);
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }

    /** An import goes only into a store without events. */
    public static class StoreNotEmptyException extends RuntimeException {
        StoreNotEmptyException() {
            super("The event store already holds events; an import goes only into an empty store.");
        }
    }
}
