package dk.holbaek.experiments.core.programme;

import static com.mongodb.client.model.Filters.eq;

import java.util.Optional;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

/**
 * The programme directory as one small MongoDB collection, read by {@code _id} only: one document per experiment
 * ({@code experiment:<id>}) and per learning ({@code learning:<id>}, naming its experiment). Writing the same
 * entry twice leaves the same document, so a replay is harmless.
 */
public class MongoProgrammeDirectory implements ProgrammeDirectory {

    static final String COLLECTION = "programme_directory";

    private final MongoCollection<Document> entries;

    public MongoProgrammeDirectory(MongoDatabase database) {
        this.entries = database.getCollection(COLLECTION);
    }

    @Override
    public boolean experimentExists(String experimentId) {
        return entries.find(eq("_id", "experiment:" + experimentId)).first() != null;
    }

    @Override
    public Optional<String> experimentOfLearning(String learningId) {
        return Optional.ofNullable(entries.find(eq("_id", "learning:" + learningId)).first())
                .map(entry -> entry.getString("experimentId"));
    }

    void registerExperiment(String experimentId) {
        put("experiment:" + experimentId, experimentId);
    }

    void registerLearning(String learningId, String experimentId) {
        put("learning:" + learningId, experimentId);
    }

    void clear() {
        entries.deleteMany(new Document());
    }

    private void put(String key, String experimentId) {
        entries.replaceOne(eq("_id", key), new Document("_id", key).append("experimentId", experimentId),
                new ReplaceOptions().upsert(true));
    }
}
