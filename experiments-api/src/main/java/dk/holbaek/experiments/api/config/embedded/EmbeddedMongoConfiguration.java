package dk.holbaek.experiments.api.config.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dk.holbaek.experiments.api.ops.backup.StoreCopy;

/**
 * The default that makes the service run alone: with no {@code spring.mongodb.uri} (or {@code MONGODB_URI}), start
 * an in-process MongoDB-wire-compatible server on a loopback port and connect to it with the normal driver.
 * Nothing else in the code knows it is there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isBlank()")
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    /** Closed by the server's shutdown. */
    @Bean(destroyMethod = "")
    MongoBackend embeddedMongoBackend(EmbeddedMongoProperties properties) {
        return switch (properties.backend()) {
            case MEMORY -> H2Backend.inMemory();
            case FILE -> new DurableH2Backend(prepare(Path.of(properties.file())), properties.reserve().toBytes());
        };
    }

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(MongoBackend backend, EmbeddedMongoProperties properties) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        log.info("No MongoDB URI configured: started the embedded MongoDB server ({}) at {}",
                properties.backend() == EmbeddedMongoProperties.Backend.FILE ? properties.file() : "in memory",
                server.getLocalAddress());
        return server;
    }

    /**
     * While the service holds the store's file, where its server listens ({@link RunningStore}): the command line
     * reads the same store through it. Withdrawn when the service stops.
     */
    @Bean
    RunningStoreAnnouncement runningStoreAnnouncement(MongoServer embeddedMongoServer, EmbeddedMongoProperties properties) {
        if (properties.backend() != EmbeddedMongoProperties.Backend.FILE) {
            return new RunningStoreAnnouncement(null, 0);
        }
        Path store = Path.of(properties.file()).toAbsolutePath();
        int port = embeddedMongoServer.getLocalAddress().getPort();
        try {
            RunningStore.announce(store, port);
        } catch (IOException e) {
            log.warn("Could not note the embedded server's port beside {} ({}): the command line cannot read the store "
                    + "while the service runs", store, e.getMessage());
        }
        return new RunningStoreAnnouncement(store, port);
    }

    /** Withdraws the announcement when the context closes, before the server shuts down. */
    record RunningStoreAnnouncement(Path store, int port) implements DisposableBean {

        @Override
        public void destroy() {
            if (store != null) {
                RunningStore.withdraw(store, port);
            }
        }
    }

    /** The backup's copy of the store's file; none in memory. */
    @Bean
    StoreCopy embeddedStoreCopy(MongoBackend backend) {
        return backend instanceof DurableH2Backend file ? file::backupTo : null;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer) {
        ConnectionString connectionString = new ConnectionString(embeddedMongoServer.getConnectionString());
        return () -> connectionString;
    }

    private static String prepare(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory for " + file, e);
        }
    }
}
