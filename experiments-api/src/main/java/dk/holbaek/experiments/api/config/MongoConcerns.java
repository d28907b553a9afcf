package dk.holbaek.experiments.api.config;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;

/**
 * On a replica set (a connection string that names {@code replicaSet}), an acknowledged write is one a majority of
 * the members has written to its journal ({@code w=majority, j=true}), so that a failover cannot roll back what a
 * client was told is stored; and reads, the views' tracking of the log among them, see only what a majority holds
 * ({@code readConcernLevel=majority}), so that no view folds an event a failover takes back. A connection string that
 * names {@code w}, {@code journal} or {@code readConcernLevel} keeps its own. A standalone server (and the embedded
 * one) has no majority to wait for: its concerns stay the driver's.
 */
@Configuration(proxyBeanMethods = false)
class MongoConcerns {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE) // after the connection string is applied
    MongoClientSettingsBuilderCustomizer majorityOnAReplicaSet(MongoProperties properties) {
        return settings -> apply(properties.getUri(), settings);
    }

    static void apply(String uri, MongoClientSettings.Builder settings) {
        if (uri == null || uri.isBlank()) {
            return;
        }
        ConnectionString connection = new ConnectionString(uri);
        if (connection.getRequiredReplicaSetName() == null) {
            return;
        }
        if (connection.getWriteConcern() == null) {
            settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
        }
        if (connection.getReadConcern() == null) {
            settings.readConcern(ReadConcern.MAJORITY);
        }
    }
}
