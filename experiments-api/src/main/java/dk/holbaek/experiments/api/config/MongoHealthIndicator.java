package dk.holbaek.experiments.api.config;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoClient;

/**
 * Health of the event store's database by a plain {@code ping}, which every MongoDB-compatible server answers
 * (Boot's own indicator asks {@code hello}, which the embedded server does not know).
 */
@Component("mongoHealthIndicator")
class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient mongoClient;
    private final String database;

    MongoHealthIndicator(MongoClient mongoClient, MongoProperties properties) {
        this.mongoClient = mongoClient;
        this.database = properties.getMongoClientDatabase();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongoClient.getDatabase(database).runCommand(new Document("ping", 1));
        builder.up();
    }
}
