package dk.holbaek.experiments.core.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dk.holbaek.experiments.core.council.CouncilInvolvementRecordedUpcaster;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;
import dk.holbaek.experiments.core.council.api.InvolvementForm;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;

/** The storage engine against the embedded MongoDB-compatible server, as two service instances would use it. */
class MongoCommitStorageEngineTest {

    private static final int WRITERS_PER_INSTANCE = 8;
    private static final int APPENDS_PER_WRITER = 25;
    private static final List<String> AGGREGATES = List.of("exp-a", "exp-b", "exp-c", "exp-d", "exp-e");

    /** Each simulated instance reads this clock; the second one runs seven seconds behind it. */
    private final Clock clock = Clock.systemUTC();
    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();
    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void startServer() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
        database = client.getDatabase("events");
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.shutdownNow();
    }

    private MongoCommitStorageEngine engine() {
        return MongoCommitStorageEngine.builder().database(database).eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(new CouncilInvolvementRecordedUpcaster())).build();
    }

    @Test
    void twoInstancesWithSkewedClocks_eightWritersEach_everyAcknowledgedEventIsTrackedOnceInOrder() throws Exception {
        MongoCommitStorageEngine first = engine();
        MongoCommitStorageEngine second = engine();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> tracked = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(2 * WRITERS_PER_INSTANCE + 1);
        Future<?> processor = threads.submit(() -> track(first, tracked, writing));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 2 * WRITERS_PER_INSTANCE; w++) {
            MongoCommitStorageEngine engine = w % 2 == 0 ? first : second;
            Duration skew = w % 2 == 0 ? Duration.ZERO : Duration.ofSeconds(-7);
            int writer = w;
            writers.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < APPENDS_PER_WRITER; i++) {
                    String aggregate = AGGREGATES.get((writer + i) % AGGREGATES.size());
                    while (true) {
                        long sequence = engine.lastSequenceNumberFor(aggregate).map(last -> last + 1).orElse(0L);
                        DomainEventMessage<?> event = started(aggregate, sequence, clock.instant().plus(skew));
                        try {
                            engine.appendEvents(event);
                            acknowledged.add(event.getIdentifier());
                            break;
                        } catch (ConcurrencyException | AggregateStreamCreationException lostTheRace) {
                            // another writer recorded this sequence first: read again and retry
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : writers) {
            writer.get();
        }
        writing.set(false);
        processor.get();
        threads.shutdown();

        assertThat(acknowledged).hasSize(2 * WRITERS_PER_INSTANCE * APPENDS_PER_WRITER);
        assertThat(tracked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(acknowledged);
        Map<String, List<Long>> sequences = new HashMap<>();
        second.readEvents(null, false).forEach(event -> sequences.computeIfAbsent(
                ((DomainEventMessage<?>) event).getAggregateIdentifier(), id -> new ArrayList<>())
                .add(((DomainEventMessage<?>) event).getSequenceNumber()));
        sequences.values().forEach(list -> assertThat(list).isSorted().doesNotHaveDuplicates()
                .startsWith(0L).hasSize((int) (list.get(list.size() - 1) + 1)));
    }

    /** Like a tracking processor at the head: polls from its last token while the writers write, then drains. */
    private Void track(MongoCommitStorageEngine engine, List<String> tracked, AtomicBoolean writing) {
        TrackingToken token = null;
        boolean lastRound = false;
        while (true) {
            boolean done = !writing.get();
            List<? extends TrackedEventMessage<?>> batch = engine.readEvents(token, false).toList();
            for (TrackedEventMessage<?> event : batch) {
                tracked.add(event.getIdentifier());
                token = event.trackingToken();
            }
            if (done) {
                if (lastRound) {
                    return null;
                }
                lastRound = true;
            }
        }
    }

    @Test
    void twoWritersOfTheSameFirstEvent_oneWinsTheOtherIsToldTheStreamExists() {
        MongoCommitStorageEngine first = engine();
        MongoCommitStorageEngine second = engine();
        first.appendEvents(started("exp-1", 0, clock.instant()));

        assertThatThrownBy(() -> second.appendEvents(started("exp-1", 0, clock.instant())))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(first.readEvents("exp-1").asStream().count()).isEqualTo(1);
    }

    @Test
    void theEventsOfOneUnitOfWork_areOneCommit_andAnAggregateLoadsByLookups() {
        MongoCommitStorageEngine engine = engine();
        engine.appendEvents(List.of(started("exp-1", 0, clock.instant()), started("exp-1", 1, clock.instant()),
                started("exp-2", 0, clock.instant())));
        engine.appendEvents(started("exp-1", 2, clock.instant()));

        assertThat(database.getCollection("commits").countDocuments()).isEqualTo(3);
        Document first = database.getCollection("commits").find(new Document("_id", 0L)).first();
        assertThat(first.getList("events", Document.class)).hasSize(2);
        assertThat(engine.readEvents("exp-1").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(0L, 1L, 2L);
        assertThat(engine.readEvents("exp-1", 1).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(1L, 2L);
        assertThat(engine.readEvents("exp-1", 2).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .as("after a snapshot at the end of a commit").containsExactly(2L);
        assertThat(engine.readEvents("exp-1", 3).asStream().toList()).as("after a snapshot at the head").isEmpty();
        assertThat(engine.lastSequenceNumberFor("exp-1")).contains(2L);
        assertThat(engine.lastSequenceNumberFor("nobody")).isEmpty();
    }

    @Test
    void aLoadFromInsideTheLastCommit_findsThatCommit_andALongHistoryLoadsInFewLookups() {
        MongoCommitStorageEngine engine = engine();
        engine.appendEvents(List.of(started("exp-1", 0, clock.instant()), started("exp-1", 1, clock.instant()),
                started("exp-1", 2, clock.instant())));
        for (long sequence = 3; sequence < 200; sequence++) {
            engine.appendEvents(started("exp-1", sequence, clock.instant()));
        }

        assertThat(engine.readEvents("exp-1", 1).asStream().map(DomainEventMessage::getSequenceNumber).limit(3).toList())
                .containsExactly(1L, 2L, 3L);
        assertThat(engine.readEvents("exp-1").asStream().count()).isEqualTo(200);
        assertThat(engine.readEvents("exp-1", 150).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .hasSize(50).startsWith(150L).endsWith(199L);
        assertThat(engine.lastSequenceNumberFor("exp-1")).contains(199L);
    }

    @Test
    void commitsStoredBeforeTheyHadEventKeys_getThem_andKeepTheirConcurrencyRule() {
        MongoCollection<Document> commits = database.getCollection("commits");
        commits.createIndex(new Document("aggregateIdentifier", 1).append("firstSequenceNumber", 1),
                new IndexOptions().unique(true).name("aggregate_sequence"));
        for (long position = 0; position < 2; position++) {
            commits.insertOne(new Document("_id", position).append("aggregateIdentifier", "exp-old")
                    .append("aggregateType", "Experiment").append("firstSequenceNumber", position)
                    .append("lastSequenceNumber", position).append("timestamp", "2014-03-10T08:00:00Z")
                    .append("events", List.of(new Document("eventIdentifier", "old-" + position)
                            .append("sequenceNumber", position).append("timestamp", "2014-03-10T08:00:00Z")
                            .append("payloadType", ExperimentStarted.class.getName()).append("payloadRevision", null)
                            .append("payload", "{\"experimentId\":\"exp-old\",\"startedOn\":\"2014-03-10\"}")
                            .append("metaData", "{}"))));
        }

        MongoCommitStorageEngine engine = engine();
        engine.appendEvents(started("exp-old", 2, clock.instant()));

        assertThat(engine.readEvents("exp-old").asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(0L, 1L, 2L);
        assertThatThrownBy(() -> engine.appendEvents(started("exp-old", 1, clock.instant())))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(commits.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .doesNotContain("aggregate_sequence").contains("first_event_key", "last_event_key");
        assertThat(engine().readEvents("exp-old").asStream().count()).as("a second start finds them done").isEqualTo(3);
    }

    @Test
    void anEventIdentifierAlreadyInTheLog_isRefusedInALaterAppend_andNothingOfThatAppendIsStored() {
        MongoCommitStorageEngine engine = engine();
        DomainEventMessage<?> first = started("exp-1", 0, clock.instant());
        engine.appendEvents(first);

        DomainEventMessage<?> copy = new GenericDomainEventMessage<>("Experiment", "exp-2", 0, first.getPayload(),
                MetaData.emptyInstance(), first.getIdentifier(), clock.instant());
        assertThatThrownBy(() -> engine.appendEvents(copy)).isInstanceOf(AggregateStreamCreationException.class);
        DomainEventMessage<?> laterCopy = new GenericDomainEventMessage<>("Experiment", "exp-1", 1, first.getPayload(),
                MetaData.emptyInstance(), first.getIdentifier(), clock.instant());
        assertThatThrownBy(() -> engine.appendEvents(laterCopy)).isInstanceOf(ConcurrencyException.class);

        assertThat(engine.readEvents(null, false).map(EventMessage::getIdentifier).toList())
                .containsExactly(first.getIdentifier());
        assertThat(engine.readEvents("exp-2").asStream().count()).isZero();
    }

    @Test
    void aLogWrittenWithoutTheEventIdentifierIndex_getsItAtStart_andThenRefusesARepeatedIdentifier() {
        MongoCommitStorageEngine before = engine();
        DomainEventMessage<?> first = started("exp-1", 0, clock.instant());
        before.appendEvents(first);
        MongoCollection<Document> commits = database.getCollection("commits");
        commits.dropIndex("event_identifier");

        MongoCommitStorageEngine engine = engine();
        DomainEventMessage<?> copy = new GenericDomainEventMessage<>("Experiment", "exp-2", 0, first.getPayload(),
                MetaData.emptyInstance(), first.getIdentifier(), clock.instant());

        assertThat(commits.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .contains("event_identifier");
        assertThatThrownBy(() -> engine.appendEvents(copy)).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents(null, false).count()).isEqualTo(1);
    }

    @Test
    void aProcessorStoppedInTheMiddleOfACommit_continuesWithTheNextEvent() {
        MongoCommitStorageEngine engine = engine();
        engine.appendEvents(List.of(started("exp-1", 0, clock.instant()), started("exp-1", 1, clock.instant()),
                started("exp-1", 2, clock.instant())));
        engine.appendEvents(started("exp-2", 0, clock.instant()));
        List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).toList();

        TrackingToken stoppedAt = all.get(1).trackingToken();
        List<String> rest = engine.readEvents(stoppedAt, false).map(EventMessage::getIdentifier).toList();

        assertThat(rest).containsExactly(all.get(2).getIdentifier(), all.get(3).getIdentifier());
        assertThat(engine.readEvents(all.get(3).trackingToken(), false).toList()).isEmpty();
    }

    @Test
    void aRevision1EventStoredLongAgo_isReadUpcast() {
        MongoCommitStorageEngine engine = engine();
        Document oldEvent = new Document("eventIdentifier", "old-1").append("sequenceNumber", 0L)
                .append("timestamp", "2014-04-24T08:00:00Z")
                .append("payloadType", CouncilInvolvementRecorded.class.getName()).append("payloadRevision", "1")
                .append("payload", "{\"involvementId\":\"ci-1\",\"occurredOn\":\"2014-04-23\",\"form\":\"THEME_MEETING\","
                        + "\"topic\":\"Temamøde\",\"experimentIds\":[]}")
                .append("metaData", "{}");
        database.getCollection("commits").insertOne(new Document("_id", 0L).append("aggregateIdentifier", "ci-1")
                .append("aggregateType", "CouncilInvolvement").append("firstSequenceNumber", 0L)
                .append("lastSequenceNumber", 0L).append("timestamp", "2014-04-24T08:00:00Z")
                .append("events", List.of(oldEvent)));

        Object payload = engine.readEvents(null, false).findFirst().orElseThrow().getPayload();

        assertThat(payload).isEqualTo(new CouncilInvolvementRecorded("ci-1", LocalDate.of(2014, 4, 23),
                InvolvementForm.THEME_MEETING, "Temamøde", List.of(), false));
    }

    @Test
    void theTrackingToken_staysOneNumberOver100000Events() throws Exception {
        MongoCommitStorageEngine engine = engine();
        int perCommit = 1000;
        for (int commit = 0; commit < 100; commit++) {
            List<EventMessage<?>> events = new ArrayList<>();
            for (int i = 0; i < perCommit; i++) {
                events.add(started("exp-" + commit, i, clock.instant()));
            }
            engine.appendEvents(events);
        }
        TrackedEventMessage<?> firstEvent = engine.readEvents(null, false).findFirst().orElseThrow();
        List<? extends TrackedEventMessage<?>> tail = engine.readEvents(
                new GlobalSequenceTrackingToken(99L * MongoCommitStorageEngine.EVENTS_PER_COMMIT + 997), false).toList();
        TrackedEventMessage<?> lastEvent = tail.get(tail.size() - 1);

        int firstSize = serializer.serialize(firstEvent.trackingToken(), String.class).getData().length();
        int lastSize = serializer.serialize(lastEvent.trackingToken(), String.class).getData().length();
        assertThat(lastEvent.trackingToken()).isEqualTo(new GlobalSequenceTrackingToken(99_999));
        assertThat(lastSize - firstSize).as("only the number's digits grow").isLessThanOrEqualTo(5);
        assertThat(engine.readEvents(null, false).count()).isEqualTo(100_000);
    }

    private static DomainEventMessage<?> started(String aggregate, long sequence, Instant timestamp) {
        return new GenericDomainEventMessage<>("Experiment", aggregate, sequence,
                new ExperimentStarted(aggregate, LocalDate.of(2014, 3, 10)), MetaData.emptyInstance(),
                aggregate + "-" + sequence + "-" + timestamp.toEpochMilli() + "-" + Math.random(), timestamp);
    }

}
