package dk.holbaek.experiments.query.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.ProgrammeEvents;

/**
 * The views survive what a rebuild or an event can do to them: a rebuild that fails half-way leaves them as they were
 * and the processor goes on; a rebuild that completes replaces them and the processor continues after its last event;
 * an event the fold cannot take stops the live processor at that event (nothing after it folded) and fails a rebuild
 * naming it. Axon's in-memory event store and token store, MongoDB's rows on the embedded server.
 */
class ProjectionRebuildTest {

    /** A database whose rebuild writes fail from a given write on, once: as if it went away in the middle. */
    private static final class FailingRows extends MongoRows {

        private final MongoTemplate mongo;
        private final AtomicInteger writesUntilFailure;

        FailingRows(MongoTemplate mongo, String suffix, AtomicInteger writesUntilFailure) {
            super(mongo, suffix);
            this.mongo = mongo;
            this.writesUntilFailure = writesUntilFailure;
        }

        @Override
        MongoRows rebuilding() {
            return new FailingRows(mongo, OTHER_SET, writesUntilFailure);
        }

        @Override
        void write(Writes writes) {
            if (writesUntilFailure.getAndDecrement() == 1) {
                throw new IllegalStateException("the database went away");
            }
            super.write(writes);
        }
    }

    /** The token store, noting from a given moment on every token a processor fetched. */
    private static final class NotingTokenStore extends InMemoryTokenStore {

        private final List<TrackingToken> fetched = new CopyOnWriteArrayList<>();
        private volatile boolean noting;

        void noteFromNowOn() {
            noting = true;
        }

        @Override
        public TrackingToken fetchToken(String processorName, int segment) {
            TrackingToken token = super.fetchToken(processorName, segment);
            if (noting) {
                fetched.add(token);
            }
            return token;
        }
    }

    @RegisterExtension
    final InMemoryMongo database = new InMemoryMongo();
    private Configuration axon;
    private final AtomicInteger writesUntilFailure = new AtomicInteger(-1);
    private final NotingTokenStore tokens = new NotingTokenStore();
    private final ViewsFailures failures = new ViewsFailures();
    private FailingRows rows;
    private ProjectionRebuild rebuild;
    private TrackingEventProcessor processor;

    @BeforeEach
    void start() {
        MongoTemplate mongo = new MongoTemplate(database.client(), "experiments");
        rows = new FailingRows(mongo, null, writesUntilFailure);
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> storage)
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor(ProgrammeProjection.PROCESSING_GROUP)
                        .registerTrackingEventProcessorConfiguration(ProgrammeProjection.PROCESSING_GROUP,
                                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                        .andBatchSize(1000))
                        .registerListenerInvocationErrorHandler(ProgrammeProjection.PROCESSING_GROUP,
                                configuration -> PropagatingErrorHandler.instance())
                        .registerTokenStore(configuration -> tokens)
                        .registerEventHandler(configuration -> new ProgrammeProjection(rows, failures, Clock.systemUTC())))
                .buildConfiguration();
        axon.start();
        rebuild = new ProjectionRebuild(axon.eventProcessingConfiguration(), storage, tokens, rows, Clock.systemUTC());
        processor = axon.eventProcessingConfiguration()
                .eventProcessor(ProgrammeProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void aRebuildWhoseSecondBatchCannotBeWritten_reportsFailed_leavesTheViewsAsTheyWere_andTheProcessorGoesOn() {
        List<ProgrammeEvents.Numbered> events = programmeOf(3 * 2000);
        assertThat(events.size()).as("more than one of the rebuild's batches").isGreaterThan(ProjectionRebuild.BATCH);
        publish(events);
        awaitCaughtUp();
        assertThat(rows.programme()).isEqualTo(ProgrammeEvents.fold(events));

        writesUntilFailure.set(2);
        ProjectionRebuild.Status ended = rebuildToTheEnd();

        assertThat(ended.failed()).isTrue();
        assertThat(ended.finished()).isFalse();
        assertThat(ended.eventsDone()).isEqualTo(ProjectionRebuild.BATCH).isLessThan(ended.eventsTotal());
        assertThat(ended.failure().position()).as("the first event of the batch that was not written")
                .isEqualTo(ProjectionRebuild.BATCH);
        assertThat(ended.failure().reason()).contains("the database went away");
        assertThat(rows.programme()).as("the views as they were").isEqualTo(ProgrammeEvents.fold(events));
        assertThat(database.client().getDatabase("experiments").listCollectionNames().into(new ArrayList<>()))
                .as("nothing of the failed rebuild left").noneMatch(name -> name.endsWith(MongoRows.OTHER_SET));

        ProgrammeEvents more = new ProgrammeEvents().running("d", "Ungdomsråd");
        publish(more.all());
        awaitCaughtUp();
        assertThat(rows.programme().experiments()).as("the processor went on after the failed rebuild").hasSize(4);
    }

    @Test
    void aRebuildThatCompletes_replacesTheViews_andTheProcessorContinuesAfterItsLastEvent() {
        List<ProgrammeEvents.Numbered> events = programmeOf(3 * 2000);
        publish(events);
        awaitCaughtUp();

        tokens.noteFromNowOn();
        ProjectionRebuild.Status ended = rebuildToTheEnd();

        assertThat(ended.finished()).isTrue();
        assertThat(ended.failed()).isFalse();
        assertThat(ended.eventsDone()).isEqualTo(ended.eventsTotal()).isEqualTo(events.size());
        assertThat(tokens.fetched.get(0).position()).as("the processor goes on after the rebuild's last event")
                .hasValue(events.size() - 1);
        Programme programme = rows.programme();
        assertThat(programme).isEqualTo(ProgrammeEvents.fold(events));
        assertThat(programme.activities()).hasSize(6000);
    }

    @Test
    void anEventTheViewsCannotWrite_stopsThemAtThatEvent_andARebuildFailsNamingIt_leavingTheViewsAsTheyWere() {
        List<ProgrammeEvents.Numbered> before = new ProgrammeEvents().running("a", "Borgerbudget")
                .activity("a", "a-1", "2014-05-01", Channel.PHYSICAL, "19:00", 40, Map.of(), 0, 1, 2, List.of(),
                        List.of(), null)
                .all();
        List<ProgrammeEvents.Numbered> poison = new ProgrammeEvents().running("b", "Ungeråd")
                .activity("b", "b-far", "+999999999-12-31", Channel.PHYSICAL, "19:00", 10, Map.of(), 0, 1, 2,
                        List.of(), List.of(), null)
                .activity("b", "b-after", "2014-05-02", Channel.PHYSICAL, "19:00", 30, Map.of(), 0, 1, 2, List.of(),
                        List.of(), null)
                .all();
        publish(before);
        awaitCaughtUp();
        publish(poison);
        long poisonPosition = before.size() + 3;

        await("the views to stop at the event").atMost(Duration.ofSeconds(60)).until(() -> failures.current().isPresent());
        FoldFailure stopped = failures.current().orElseThrow();
        assertThat(stopped.position()).isEqualTo(poisonPosition);
        assertThat(stopped.eventType()).isEqualTo("ActivityLogged");
        assertThat(failures.stops()).isEqualTo(1);
        assertThat(rows.programme().activities()).extracting(ActivityRow::id).as("nothing after it folded")
                .contains("a-1").doesNotContain("b-far", "b-after");

        ProjectionRebuild.Status ended = rebuildToTheEnd();

        assertThat(ended.failed()).isTrue();
        assertThat(ended.failure().position()).isEqualTo(poisonPosition);
        assertThat(ended.failure().eventType()).isEqualTo("ActivityLogged");
        assertThat(rows.programme().activities()).extracting(ActivityRow::id)
                .as("the views as the stopped processor left them").contains("a-1").doesNotContain("b-far", "b-after");
    }

    private void publish(List<ProgrammeEvents.Numbered> events) {
        axon.eventStore().publish(events.stream().map(ProjectionRebuildTest::message).toList());
    }

    private void awaitCaughtUp() {
        await("the live views to catch up").atMost(Duration.ofSeconds(60)).until(() -> !processor.processingStatus()
                .isEmpty() && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp));
    }

    private ProjectionRebuild.Status rebuildToTheEnd() {
        ProjectionRebuild.Status started = rebuild.start();
        await("the rebuild to end").atMost(Duration.ofSeconds(60))
                .until(() -> rebuild.status(started.id()).orElseThrow().finishedAt() != null);
        return rebuild.status(started.id()).orElseThrow();
    }

    /** Three experiments logging in turn, with a learning every tenth activity, and one concluded at the end. */
    private static List<ProgrammeEvents.Numbered> programmeOf(int activities) {
        ProgrammeEvents events = new ProgrammeEvents().running("a", "Borgerbudget").running("b", "Ungeråd")
                .running("c", "Digitalt borgerpanel");
        for (int i = 0; i < activities; i++) {
            String experiment = List.of("a", "b", "c").get(i % 3);
            events.activity(experiment, experiment + "-a" + i, "2014-05-0" + (1 + i % 9), Channel.PHYSICAL, "19:00",
                    10 + i % 50, Map.of(TargetGroup.YOUNG_PEOPLE, i % 7), 0, 1, 2, List.of("Kultur"),
                    List.of(ProgrammeEvents.cost(CostCategory.CATERING, "125.50")), new Feedback(5, 3));
            if (i % 10 == 9) {
                events.learning(experiment, experiment + "-l" + i, Criterion.BROAD_INVOLVEMENT, 1,
                        List.of(KnowledgeKind.WISHES), "2014-06-01");
            }
        }
        return events.concluded("a").all();
    }

    private static EventMessage<?> message(ProgrammeEvents.Numbered numbered) {
        return new GenericDomainEventMessage<>("Experiment", numbered.aggregateId(), numbered.sequence(), numbered.event(),
                MetaData.emptyInstance(), numbered.eventId(), Instant.EPOCH);
    }
}
