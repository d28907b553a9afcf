package dk.holbaek.experiments.query.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The live rows in MongoDB. Experiments, council involvements and recommendations have a collection each, one
 * document per row; an experiment's activities, learnings and initiatives are stored in {@link RowBucket}s of up to
 * 32 events. Every document is written whole under its id (an upsert): writing the same rows twice leaves the same
 * documents. The projection writes them through {@link BatchRows}.
 */
@Component
public class MongoRows {

    /** The collections of the read model, by the class stored in each. */
    static final List<Class<?>> KINDS = List.of(ExperimentRow.class, RowBucket.class, CouncilInvolvementRow.class,
            RecommendationRow.class);

    /** Collections of an earlier layout (one document per activity, learning and initiative). */
    static final List<String> EARLIER_LAYOUT = List.of("view_activities", "view_learnings", "view_initiatives");

    private static final int READ_BATCH = 1000;

    private final MongoTemplate mongo;

    MongoRows(MongoTemplate mongoTemplate) {
        this.mongo = mongoTemplate;
    }

    Optional<ExperimentRow> experiment(String id) {
        return Optional.ofNullable(mongo.findById(id, ExperimentRow.class));
    }

    Optional<RecommendationRow> recommendation(String id) {
        return Optional.ofNullable(mongo.findById(id, RecommendationRow.class));
    }

    /** The stored buckets among {@code ids}, by id: one lookup. */
    Map<String, RowBucket> buckets(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)).cursorBatchSize(READ_BATCH), RowBucket.class)
                .stream().collect(Collectors.toMap(RowBucket::id, Function.identity()));
    }

    /** What one batch writes: documents that replace the stored ones (or are new), and buckets not stored yet. */
    record Writes(List<Object> replacing, List<RowBucket> inserting) {
    }

    /** Writes a batch with one bulk write per collection: new buckets inserted, everything else whole under its id. */
    void write(Writes writes) {
        Map<Class<?>, BulkOperations> bulks = new LinkedHashMap<>();
        for (Object document : writes.replacing()) {
            bulks.computeIfAbsent(document.getClass(), kind -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, kind))
                    .replaceOne(Query.query(Criteria.where("_id").is(idOf(document))), document,
                            FindAndReplaceOptions.options().upsert());
        }
        if (!writes.inserting().isEmpty()) {
            bulks.computeIfAbsent(RowBucket.class, kind -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, kind))
                    .insert(writes.inserting());
        }
        bulks.values().forEach(BulkOperations::execute);
    }

    private static String idOf(Object document) {
        return document instanceof RowBucket bucket ? bucket.id() : ((Row) document).id();
    }

    /** The whole programme as the live read model has it now. */
    public Programme programme() {
        List<ActivityRow> activities = new ArrayList<>();
        List<LearningRow> learnings = new ArrayList<>();
        List<InitiativeRow> initiatives = new ArrayList<>();
        for (RowBucket bucket : all(RowBucket.class)) {
            activities.addAll(bucket.activities());
            learnings.addAll(bucket.learnings());
            initiatives.addAll(bucket.initiatives());
        }
        return new Programme(all(ExperimentRow.class), activities, learnings, initiatives,
                all(CouncilInvolvementRow.class), all(RecommendationRow.class));
    }

    /** Every document of a kind, read in batches: one answer with a whole large collection would exceed a reply's size. */
    private <T> List<T> all(Class<T> kind) {
        return mongo.find(new Query().cursorBatchSize(READ_BATCH), kind);
    }

    /** Drops the read model's collections, those of the earlier layout included. */
    void clear() {
        KINDS.stream().filter(mongo::collectionExists).forEach(mongo::dropCollection);
        EARLIER_LAYOUT.stream().filter(mongo::collectionExists).forEach(mongo::dropCollection);
    }

    /** Whether rows of the earlier layout are stored, which this code no longer reads. */
    boolean inEarlierLayout() {
        return EARLIER_LAYOUT.stream().anyMatch(mongo::collectionExists);
    }
}
