package dk.holbaek.experiments.core.programme;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.regex;

import java.util.List;
import java.util.Optional;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The programme directory as one small MongoDB collection, read by {@code _id} only: one document per experiment
 * ({@code experiment:<id>}), per learning ({@code learning:<id>}, naming its experiment) and per learning a
 * recommendation rests on ({@code cited:<id>}, naming the recommendations). A withdrawn experiment or learning is
 * removed. Writing the same entry twice leaves the same document, so a replay is harmless.
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

    @Override
    public boolean learningCited(String learningId) {
        Document cited = entries.find(eq("_id", "cited:" + learningId)).first();
        return cited != null && !cited.getList("recommendations", String.class, List.of()).isEmpty();
    }

    void cite(String learningId, String recommendationId) {
        entries.updateOne(eq("_id", "cited:" + learningId), Updates.addToSet("recommendations", recommendationId),
                new UpdateOptions().upsert(true));
    }

    /** The recommendation no longer rests on any learning (it was withdrawn, or corrected and cites them anew). */
    void uncite(String recommendationId) {
        entries.updateMany(regex("_id", "^cited:"), Updates.pull("recommendations", recommendationId));
    }

    void withdrawExperiment(String experimentId) {
        entries.deleteOne(eq("_id", "experiment:" + experimentId));
        entries.deleteMany(and(eq("experimentId", experimentId), regex("_id", "^learning:")));
    }

    void withdrawLearning(String learningId) {
        entries.deleteOne(eq("_id", "learning:" + learningId));
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
