package dk.holbaek.experiments.query.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dk.holbaek.experiments.query.ProgrammeEvents;
import dk.holbaek.experiments.query.criteria.CriteriaViews;
import dk.holbaek.experiments.query.progress.ProgressViews;

/**
 * A view as of a past moment begins at the views' latest checkpoint before it and folds only the events after it:
 * for random programmes recorded over many days, at many moments (before the first event, between, at and after
 * events, after the last), it equals the view folded from the whole log, whether the checkpoints were written by the
 * live views (some of whose batches came twice, and which lag behind the log) or by a rebuild.
 */
class CheckpointsTest {

    private static final List<String> AREAS = List.of("Tølløse", "Vipperød", "St. Merløse");
    private static final int PROGRAMMES = 12;
    private static final int MOMENTS = 25;
    private static final long EVENTS_PER_CHECKPOINT = 9;

    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void asOfFromTheLiveViewsCheckpoints_equalsTheWholeLogFolded_atManyMoments() throws InterruptedException {
        for (int seed = 1; seed <= PROGRAMMES; seed++) {
            Random random = new Random(seed);
            EventStore eventStore = eventStore();
            List<Instant> recorded = record(eventStore, RunningTotalsTest.randomProgramme(random), random);
            MongoRows rows = new MongoRows(new MongoTemplate(client, "live" + seed), null, EVENTS_PER_CHECKPOINT);
            List<TrackedEventMessage<?>> log = log(eventStore);
            // the views lag: the last tenth of the log is not folded yet
            List<TrackedEventMessage<?>> folded = log.subList(0, log.size() * 9 / 10);
            BatchRows batch = BatchRows.reading(rows);
            int from = 0;
            while (from < folded.size()) {
                int to = Math.min(folded.size(), from + 1 + random.nextInt(15));
                fold(batch, folded.subList(from, to));
                if (random.nextInt(5) == 0) {
                    fold(batch, folded.subList(from, to));
                }
                from = to;
            }

            assertAsOfEqualsWholeLog("programme " + seed, rows, eventStore, recorded, random);
        }
    }

    @Test
    void asOfFromARebuildsCheckpoints_equalsTheWholeLogFolded_atManyMoments() throws InterruptedException {
        for (int seed = 1; seed <= PROGRAMMES; seed++) {
            Random random = new Random(100 + seed);
            EventStore eventStore = eventStore();
            List<Instant> recorded = record(eventStore, RunningTotalsTest.randomProgramme(random), random);
            MongoRows rows = new MongoRows(new MongoTemplate(client, "rebuilt" + seed), "_b", EVENTS_PER_CHECKPOINT);
            List<TrackedEventMessage<?>> log = log(eventStore);
            BatchRows batch = BatchRows.remembering(rows);
            for (int from = 0; from < log.size(); from += 20) {
                log.subList(from, Math.min(log.size(), from + 20)).forEach(event -> batch.fold(event.getPayload(), event));
                rows.write(batch.take());
            }

            assertAsOfEqualsWholeLog("programme " + seed, rows, eventStore, recorded, random);
        }
    }

    private void assertAsOfEqualsWholeLog(String what, MongoRows rows, EventStore eventStore, List<Instant> recorded,
                                          Random random) {
        ProgrammeSource source = new ProgrammeSource(rows, eventStore);
        MongoRows.Cut atTheEnd = rows.cutBefore(recorded.stream().max(Instant::compareTo).orElseThrow().plusSeconds(1));
        assertThat(atTheEnd.state()).as(what + ": a checkpoint to begin from").isNotEmpty();
        assertThat(atTheEnd.replayFrom()).as(what + ": the events it counts are not folded again").isPositive();
        Instant last = recorded.stream().max(Instant::compareTo).orElseThrow();
        List<Instant> moments = new ArrayList<>(List.of(recorded.get(0), recorded.get(0).minusSeconds(1),
                last.plusSeconds(1), recorded.get(recorded.size() / 2)));
        for (int i = 0; i < MOMENTS; i++) {
            Instant at = recorded.get(random.nextInt(recorded.size()));
            moments.add(random.nextBoolean() ? at : at.plusMillis(random.nextInt(7_200_000)));
        }
        for (Instant before : moments) {
            ProgrammeFigures checkpointed = source.figuresRecordedBefore(before);
            ProgrammeFigures whole = ProgrammeFigures.of(source.recordedBefore(before));
            String at = what + " as of " + before;
            assertThat(checkpointed.experiments()).as(at).isEqualTo(whole.experiments());
            assertThat(checkpointed.councilInvolvements()).as(at).isEqualTo(whole.councilInvolvements());
            whole.totals().forEach((id, totals) ->
                    assertThat(checkpointed.totals().get(id).figures()).as(at + ", " + id).isEqualTo(totals.figures()));
            LocalDate today = LocalDate.ofInstant(before, ProgrammeCalendar.ZONE);
            assertThat(ProgressViews.of(checkpointed, today)).as(at).isEqualTo(ProgressViews.of(whole, today));
            assertThat(CriteriaViews.broadInvolvement(checkpointed, AREAS)).as(at)
                    .isEqualTo(CriteriaViews.broadInvolvement(whole, AREAS));
            assertThat(CriteriaViews.politicalLeadership(checkpointed)).as(at)
                    .isEqualTo(CriteriaViews.politicalLeadership(whole));
            assertThat(CriteriaViews.administrationCollaboration(checkpointed)).as(at)
                    .isEqualTo(CriteriaViews.administrationCollaboration(whole));
            assertThat(CriteriaViews.municipalityAsPartner(checkpointed)).as(at)
                    .isEqualTo(CriteriaViews.municipalityAsPartner(whole));
        }
    }

    private static EventStore eventStore() {
        return EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    }

    /**
     * Appends the events in commits, recorded over days: minutes to hours apart, some in the same millisecond, some
     * earlier than events before them in the log (a clock behind). Answers when each was recorded.
     */
    private static List<Instant> record(EventStore eventStore, List<ProgrammeEvents.Numbered> events, Random random) {
        Instant at = Instant.parse("2014-03-01T07:00:00Z");
        List<Instant> recorded = new ArrayList<>();
        List<EventMessage<?>> commit = new ArrayList<>();
        for (ProgrammeEvents.Numbered numbered : events) {
            at = random.nextInt(6) == 0 ? at : at.plus(Duration.ofMinutes(1 + random.nextInt(600)));
            // now and then an instance whose clock is behind records an event earlier than the log's latest
            Instant recordedAt = random.nextInt(8) == 0 ? at.minus(Duration.ofMinutes(random.nextInt(180))) : at;
            recorded.add(recordedAt);
            commit.add(new GenericDomainEventMessage<>("Aggregate", numbered.aggregateId(), numbered.sequence(),
                    numbered.event(), MetaData.emptyInstance(), numbered.eventId(), recordedAt));
            if (random.nextInt(3) == 0) {
                eventStore.publish(commit);
                commit = new ArrayList<>();
            }
        }
        eventStore.publish(commit);
        return recorded;
    }

    private static List<TrackedEventMessage<?>> log(EventStore eventStore) {
        List<TrackedEventMessage<?>> log = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            while (events.hasNextAvailable()) {
                log.add(events.nextAvailable());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return log;
    }

    private static void fold(BatchRows batch, List<TrackedEventMessage<?>> events) {
        events.forEach(event -> batch.fold(event.getPayload(), event));
        batch.flush();
    }
}
