package dk.holbaek.experiments.api.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;

import io.micrometer.core.instrument.MeterRegistry;

import dk.holbaek.experiments.api.problem.BodyProblems;
import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.content.CommandContent;
import dk.holbaek.experiments.api.http.event.EventLookup;
import dk.holbaek.experiments.core.council.CouncilInvolvementRecordedUpcaster;
import dk.holbaek.experiments.core.experiment.ExperimentConcludedUpcaster;
import dk.holbaek.experiments.core.recommendation.RecommendationRecordedUpcaster;
import dk.holbaek.experiments.core.eventstore.ClaimKeepingTokenStore;
import dk.holbaek.experiments.core.eventstore.MongoCommitStorageEngine;
import dk.holbaek.experiments.core.eventstore.RecentlyUsedCache;
import dk.holbaek.experiments.core.programme.MongoProgrammeDirectory;
import dk.holbaek.experiments.core.programme.ProgrammeDirectoryUpdater;
import dk.holbaek.experiments.query.experiment.ExperimentReader;
import dk.holbaek.experiments.query.programme.ProjectionRebuild;

/**
 * Axon on MongoDB: events, snapshots and tracking tokens live in the same database as the read models. Events are
 * stored by {@link MongoCommitStorageEngine}; Axon's MongoDB extension keeps the processors' tokens.
 *
 * <p>Two Jacksons on purpose: Axon's serializer is Jackson 2 ({@code com.fasterxml.jackson}), built here and
 * never exposed as a bean, so that Spring's web layer keeps its own Jackson 3 ({@code tools.jackson}) mapper.
 * Stored events therefore never change shape when the HTTP representation does.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    static final int EXPERIMENT_SNAPSHOT_AFTER_EVENTS = 50;

    @Bean
    @Primary
    Serializer serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    /** Named apart from Spring Data's {@code mongoTemplate}. */
    @Bean
    MongoTemplate axonMongoTemplate(MongoClient mongoClient, MongoProperties mongoProperties) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(mongoClient, mongoProperties.getMongoClientDatabase())
                .build();
    }

    /** The project's own engine: a dense log of commits (see docs/event-store.md); tokens stay in Axon's token store. */
    @Bean
    EventStorageEngine eventStorageEngine(MongoClient mongoClient, MongoProperties mongoProperties, Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration) {
        return MongoCommitStorageEngine.builder()
                .database(mongoClient.getDatabase(mongoProperties.getMongoClientDatabase()))
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .build();
    }

    /** An event by its identifier, for {@code GET /api/events/{eventId}}: one lookup by the engine's unique index. */
    @Bean
    EventLookup eventLookup(EventStorageEngine eventStorageEngine) {
        return ((MongoCommitStorageEngine) eventStorageEngine)::eventById;
    }

    /**
     * Axon's MongoDB token store, without a second write of the token per batch: a claim renewed less than a second
     * ago is not extended again. Claims last 10 s; instances whose clocks differ by more than about 8 s would take
     * each other's claims (their rows stay right, being written whole, but the work is done twice).
     */
    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return new ClaimKeepingTokenStore(MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build(), System::nanoTime, Duration.ofSeconds(1));
    }

    /**
     * The experiments used most recently (up to 1,000) stay in memory between commands, so a busy experiment is not
     * loaded from its snapshot and commits for every activity. A write that loses to another instance evicts it.
     */
    @Bean
    Cache aggregateCache() {
        return new RecentlyUsedCache(1_000);
    }

    /**
     * An experiment whose load needed more than this many events gets a snapshot (in {@code snapshots}), so that
     * loading one with a long history costs a snapshot and the few commits after it, whatever the log's size.
     */
    @Bean
    SnapshotTriggerDefinition experimentSnapshots(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, EXPERIMENT_SNAPSHOT_AFTER_EVENTS);
    }

    /** The metadata key under which every command, and every event it records, names the user who sent it. */
    static final String RECORDED_BY = ExperimentReader.RECORDED_BY;

    /**
     * Every command carries the name of the logged-in user who sent it ({@code system} for the service's own, such as
     * the demo), and every event it records carries it on (below), beside Axon's own trace and correlation ids.
     */
    /**
     * Commands through the bus with one retry when the store refuses an append because another instance (or thread)
     * wrote the same record since this instance cached it: the refused unit of work drops the cached copy, so the
     * retry loads the record afresh and a write that followed another one is not answered 409. A second refusal is a
     * real concurrent write (409). A stale {@code If-Match} is no such refusal and is not retried. The retry runs on the
     * sender's thread, so that the dispatch interceptors see the same user.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(AxonConfiguration::retryOnce)
                .build();
    }

    static boolean retryOnce(CommandMessage<?> command, RuntimeException failure,
                             List<Class<? extends Throwable>[]> failures, Runnable dispatch) {
        if (failures.size() > 1 || !(failure instanceof ConcurrencyException)) {
            return false;
        }
        dispatch.run();
        return true;
    }

    @Bean
    Registration recordWhoSentEachCommand(CommandBus commandBus) {
        return commandBus.registerDispatchInterceptor(commands -> (index, command) -> {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            return command.andMetaData(Map.of(RECORDED_BY, user == null ? "system" : user.getName()));
        });
    }

    /**
     * A command built from a body that had problems the reader read past is refused before it is handled, naming those
     * and its content's problems together ({@link BodyProblems}); it is never handled, so nothing is recorded.
     */
    @Bean
    Registration refuseCommandsFromFlawedBodies(CommandBus commandBus, ProgrammePeriod period) {
        return commandBus.registerDispatchInterceptor(commands -> (index, command) -> {
            BodyProblems.refuseIfAny(command.getPayload(), payload -> CommandContent.check(payload, period));
            return command;
        });
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider recordedByProvider() {
        return new SimpleCorrelationDataProvider(RECORDED_BY);
    }

    /**
     * An event the views cannot fold stops them at that event: the failure goes to the processor, which rolls the batch
     * back and retries it later, instead of Axon's default of logging it and going on without the event.
     */
    @Bean
    ConfigurerModule viewsStopAtAnEventTheyCannotFold() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                ProjectionRebuild.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * Axon's meters (commands, event processors' latency and capacity, the event bus) in the service's registry, by
     * Axon's names with the message type and the processor as tags, e.g. {@code eventProcessor_successCounter_total{
     * payloadType="ActivityLogged",processorName="programme-views"}}. Wired here because Axon's own auto-configuration orders itself after Spring Boot 3's
     * metrics classes, which Spring Boot 4 renamed, and so never reached the Prometheus registry (switched off in
     * application.yml).
     */
    @Bean
    ConfigurerModule axonMetrics(MeterRegistry meterRegistry) {
        return configurer -> new GlobalMetricRegistry(meterRegistry).registerWithConfigurerWithDefaultTags(configurer);
    }

    @Bean
    CouncilInvolvementRecordedUpcaster councilInvolvementRecordedUpcaster() {
        return new CouncilInvolvementRecordedUpcaster();
    }

    @Bean
    ExperimentConcludedUpcaster experimentConcludedUpcaster() {
        return new ExperimentConcludedUpcaster();
    }

    @Bean
    RecommendationRecordedUpcaster recommendationRecordedUpcaster() {
        return new RecommendationRecordedUpcaster();
    }

    @Bean
    MongoProgrammeDirectory programmeDirectory(MongoClient mongoClient, MongoProperties mongoProperties) {
        return new MongoProgrammeDirectory(mongoClient.getDatabase(mongoProperties.getMongoClientDatabase()));
    }

    @Bean
    ProgrammeDirectoryUpdater programmeDirectoryUpdater(MongoProgrammeDirectory programmeDirectory) {
        return new ProgrammeDirectoryUpdater(programmeDirectory);
    }
}
