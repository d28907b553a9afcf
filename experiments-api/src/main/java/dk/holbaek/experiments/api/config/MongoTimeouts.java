package dk.holbaek.experiments.api.config;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import com.mongodb.ConnectionString;

/**
 * How long a request waits for an unreachable database before it is answered 503: the driver's server selection
 * and connect timeouts ({@code experiments.mongodb.server-selection-timeout}, 3 seconds), instead of the driver's 30
 * seconds for selection. A connection string that names {@code serverSelectionTimeoutMS} or {@code connectTimeoutMS}
 * keeps its own. The driver's monitor asks for the servers every {@code experiments.mongodb.heartbeat} (2 seconds),
 * and tells {@link DatabaseGate} whether any answers.
 */
@Configuration(proxyBeanMethods = false)
class MongoTimeouts {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE) // after the connection string is applied
    MongoClientSettingsBuilderCustomizer unreachableDatabaseAnswersSoon(
            @Value("${experiments.mongodb.server-selection-timeout:PT3S}") Duration timeout,
            @Value("${experiments.mongodb.heartbeat:PT2S}") Duration heartbeat, MongoProperties properties,
            DatabaseGate gate) {
        ConnectionString uri = properties.getUri() == null || properties.getUri().isBlank() ? null
                : new ConnectionString(properties.getUri());
        long millis = timeout.toMillis();
        return settings -> {
            settings.applyToClusterSettings(cluster -> cluster.addClusterListener(gate));
            if (uri == null || uri.getHeartbeatFrequency() == null) {
                settings.applyToServerSettings(server -> server.heartbeatFrequency(heartbeat.toMillis(),
                        TimeUnit.MILLISECONDS));
            }
            if (uri == null || uri.getServerSelectionTimeout() == null) {
                settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS));
            }
            if (uri == null || uri.getConnectTimeout() == null) {
                settings.applyToSocketSettings(socket -> socket.connectTimeout((int) millis, TimeUnit.MILLISECONDS));
            }
        };
    }
}
