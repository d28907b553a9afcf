package dk.holbaek.experiments.query.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
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
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.ProgrammeEvents;

/**
 * A rebuild that stops half-way: the views' processor continues the replay from the last batch the rebuild wrote,
 * and the views end exactly as a rebuild that never stopped would leave them. Axon's in-memory event store and
 * token store, MongoDB's rows on the embedded server.
 */
class ProjectionRebuildTest {

    /** A database whose writes fail from a given write on, once: as if it went away in the middle of a rebuild. */
    private static final class FailingRows extends MongoRows {

        private final AtomicInteger writesUntilFailure = new AtomicInteger(-1);
        private final Runnable onFailure;

        FailingRows(MongoTemplate mongo, Runnable onFailure) {
            super(mongo);
            this.onFailure = onFailure;
        }

        void failAtWrite(int write) {
            writesUntilFailure.set(write);
        }

        @Override
        void write(Writes writes) {
            if (writesUntilFailure.getAndDecrement() == 1) {
                onFailure.run();
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

    private MongoServer server;
    private MongoClient client;
    private Configuration axon;

    @BeforeEach
    void start() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
        client.close();
        server.shutdownNow();
    }

    @Test
    void aRebuildThatStopsAfterItsFirstBatch_isContinuedByTheProcessorFromThere_andTheViewsAddUp() {
        List<ProgrammeEvents.Numbered> events = programmeOf(3 * 2000);
        assertThat(events.size()).as("more than one of the rebuild's batches").isGreaterThan(ProjectionRebuild.BATCH);
        NotingTokenStore tokens = new NotingTokenStore();
        FailingRows rows = new FailingRows(new MongoTemplate(client, "experiments"), tokens::noteFromNowOn);
        InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
        RebuildProgress progress = new RebuildProgress();
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(configuration -> storage)
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor(ProgrammeProjection.PROCESSING_GROUP)
                        .registerTrackingEventProcessorConfiguration(ProgrammeProjection.PROCESSING_GROUP,
                                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                        .andBatchSize(1000))
                        .registerTokenStore(configuration -> tokens)
                        .registerEventHandler(configuration -> new ProgrammeProjection(rows, progress)))
                .buildConfiguration();
        axon.start();
        axon.eventStore().publish(events.stream().map(ProjectionRebuildTest::message).toList());
        ProjectionRebuild rebuild = new ProjectionRebuild(axon.eventProcessingConfiguration(), storage, tokens, rows,
                progress, Clock.systemUTC());

        TrackingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(ProgrammeProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        await("the live views to catch up").atMost(Duration.ofSeconds(60)).until(() -> !processor.processingStatus()
                .isEmpty() && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp));
        assertThat(rows.programme()).isEqualTo(ProgrammeEvents.fold(events));

        rows.failAtWrite(2);
        ProjectionRebuild.Status started = rebuild.start();
        await("the rebuild to finish").atMost(Duration.ofSeconds(60))
                .until(() -> rebuild.status(started.id()).orElseThrow().finished());

        ProjectionRebuild.Status finished = rebuild.status(started.id()).orElseThrow();
        assertThat(finished.eventsDone()).isEqualTo(finished.eventsTotal()).isEqualTo(events.size());
        assertThat(tokens.fetched.get(0).position())
                .as("the processor continued after the last event of the rebuild's first batch, not from the start")
                .hasValue(ProjectionRebuild.BATCH - 1);
        Programme programme = rows.programme();
        assertThat(programme).isEqualTo(ProgrammeEvents.fold(events));
        assertThat(programme.activities()).hasSize(6000);
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
