package dk.holbaek.experiments.core.eventstore;

import java.util.function.UnaryOperator;

import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngineTest;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Axon's own contract for event storage engines ({@code AbstractEventStorageEngineTest} and
 * {@code EventStorageEngineTest} from axon-eventsourcing's test jar, the suite Axon's JPA, JDBC and MongoDB engines
 * run), against this engine on the embedded server. Every test of the suite runs as Axon wrote it.
 */
class AxonStorageEngineContractTest
        extends AbstractEventStorageEngineTest<MongoCommitStorageEngine, MongoCommitStorageEngine.Builder> {

    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void startServer() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
        setTestSubject(createEngine());
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @Override
    protected MongoCommitStorageEngine createEngine(UnaryOperator<MongoCommitStorageEngine.Builder> customization) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        MongoCommitStorageEngine.Builder builder = MongoCommitStorageEngine.builder()
                .database(client.getDatabase("events")).eventSerializer(serializer).snapshotSerializer(serializer);
        return customization.apply(builder).build();
    }
}
