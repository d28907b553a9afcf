package dk.holbaek.experiments.query.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;

/**
 * The live rows in MongoDB. Experiments, council involvements and recommendations have a collection each, one
 * document per row; an experiment's activities, learnings and initiatives are stored in {@link RowBucket}s of up to
 * 32 events. Every document is written whole under its id (an upsert): writing the same rows twice leaves the same
 * documents. The projection writes them through {@link BatchRows}.
 *
 * <p>The rows live in one of two sets of these collections: the names as they are, or each name ending in
 * {@value #OTHER_SET}; {@code view_generation} says which set is live. A rebuild writes the other set
 * ({@link #rebuilding()}) and {@link #replaceWith makes it the live one} only once every event has been folded, then
 * drops the set it replaced. Nothing is renamed, so no server's handling of renames matters.
 */
@Component
public class MongoRows {

    /** The collections of the read model, by the class stored in each. */
    static final List<Class<?>> KINDS = List.of(ExperimentRow.class, RowBucket.class, CouncilInvolvementRow.class,
            RecommendationRow.class, ExternalExperienceRow.class, SearchEntry.class);

    /** Collections of an earlier layout (one document per activity, learning and initiative). */
    static final List<String> EARLIER_LAYOUT = List.of("view_activities", "view_learnings", "view_initiatives");

    static final String OTHER_SET = "_b";
    private static final String GENERATION = "view_generation";
    private static final String LIVE = "live";
    /**
     * The rows' layout, noted in {@code view_generation}: 2 since activities and experiments keep their local area.
     * Rows of an earlier layout are rebuilt at start ({@link ReadModelUpgrade}).
     */
    static final int LAYOUT = 2;
    private static final int READ_BATCH = 1000;

    private final MongoTemplate mongo;
    /** Null: the live set, as {@code view_generation} names it; otherwise this fixed suffix. */
    private final String fixedSuffix;
    private volatile String liveSuffix;
    /** The search collections whose index of terms this instance has made. */
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    @Autowired
    MongoRows(MongoTemplate mongoTemplate) {
        this(mongoTemplate, null);
    }

    MongoRows(MongoTemplate mongoTemplate, String fixedSuffix) {
        this.mongo = mongoTemplate;
        this.fixedSuffix = fixedSuffix;
    }

    /** The set of collections a rebuild writes: the one that is not live. */
    MongoRows rebuilding() {
        return new MongoRows(mongo, suffix().isEmpty() ? OTHER_SET : "");
    }

    /** Scratch collections in which a rebuild writes one event's rows alone, to find one that cannot be written. */
    MongoRows probing() {
        return new MongoRows(mongo, suffix() + "_probe");
    }

    /** The database these rows live in, for the records kept beside them (the rebuild's). */
    MongoTemplate template() {
        return mongo;
    }

    /** Reads again which set is live (another instance's rebuild may have switched it); the projection's batches and
     * every read of the whole programme start with it. */
    void refresh() {
        if (fixedSuffix == null) {
            Document live = mongo.getCollection(GENERATION).find(new Document("_id", LIVE)).first();
            liveSuffix = live == null ? "" : live.getString("suffix");
        }
    }

    private String suffix() {
        if (fixedSuffix != null) {
            return fixedSuffix;
        }
        if (liveSuffix == null) {
            refresh();
        }
        return liveSuffix;
    }

    private String collection(Class<?> kind) {
        return mongo.getCollectionName(kind) + suffix();
    }

    Optional<ExperimentRow> experiment(String id) {
        return Optional.ofNullable(mongo.findById(id, ExperimentRow.class, collection(ExperimentRow.class)));
    }

    Optional<RecommendationRow> recommendation(String id) {
        return Optional.ofNullable(mongo.findById(id, RecommendationRow.class, collection(RecommendationRow.class)));
    }

    /**
     * What one batch writes: documents that replace the stored ones (or are new), buckets not stored yet, and rows to
     * add to buckets that may be stored.
     */
    record Writes(List<Object> replacing, List<RowBucket> inserting, List<RowBucket> adding) {
    }

    /**
     * Writes a batch with one bulk write per collection: new buckets inserted; rows added to a bucket with
     * {@code $addToSet}, so that a row written again (a batch delivered again) is not added twice; everything else
     * whole under its id.
     */
    void write(Writes writes) {
        if (writes.replacing().stream().anyMatch(SearchEntry.class::isInstance)) {
            indexTerms();
        }
        Map<Class<?>, BulkOperations> bulks = new LinkedHashMap<>();
        for (Object document : writes.replacing()) {
            bulk(bulks, document.getClass()).replaceOne(Query.query(Criteria.where("_id").is(idOf(document))), document,
                    FindAndReplaceOptions.options().upsert());
        }
        if (!writes.inserting().isEmpty()) {
            bulk(bulks, RowBucket.class).insert(writes.inserting());
        }
        for (RowBucket rows : writes.adding()) {
            Update update = Update.update("experimentId", rows.experimentId());
            addEach(update, "activities", rows.activities());
            addEach(update, "learnings", rows.learnings());
            addEach(update, "initiatives", rows.initiatives());
            bulk(bulks, RowBucket.class).upsert(Query.query(Criteria.where("_id").is(rows.id())), update);
        }
        bulks.values().forEach(BulkOperations::execute);
    }

    private BulkOperations bulk(Map<Class<?>, BulkOperations> bulks, Class<?> kind) {
        return bulks.computeIfAbsent(kind, k -> mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, k, collection(k)));
    }

    private static void addEach(Update update, String field, List<?> rows) {
        if (!rows.isEmpty()) {
            update.addToSet(field).each(rows.toArray());
        }
    }

    private static String idOf(Object document) {
        return document instanceof RowBucket bucket ? bucket.id() : ((Row) document).id();
    }

    /**
     * The whole programme as the live read model has it now. A row stored twice (a batch delivered again) or in
     * several versions (corrected, withdrawn) is resolved by {@link Programme}: the latest version of each id counts.
     */
    public Programme programme() {
        refresh();
        List<ActivityRow> activities = new ArrayList<>();
        List<LearningRow> learnings = new ArrayList<>();
        List<InitiativeRow> initiatives = new ArrayList<>();
        for (RowBucket bucket : all(RowBucket.class)) {
            activities.addAll(bucket.activities());
            learnings.addAll(bucket.learnings());
            initiatives.addAll(bucket.initiatives());
        }
        return new Programme(all(ExperimentRow.class), activities, learnings, initiatives, all(CouncilInvolvementRow.class),
                all(RecommendationRow.class), all(ExternalExperienceRow.class));
    }

    /** Every document of a kind, read in batches: one answer with a whole large collection would exceed a reply's size. */
    private <T> List<T> all(Class<T> kind) {
        return mongo.find(new Query().cursorBatchSize(READ_BATCH), kind, collection(kind));
    }

    /**
     * The searchable texts holding every one of the terms, not withdrawn, at most {@code most} of them; one query on
     * the indexed terms. Texts of a withdrawn experiment's records are left for the caller to drop.
     */
    public List<SearchEntry> search(List<String> terms, int most) {
        if (terms.isEmpty()) {
            return List.of();
        }
        refresh();
        return mongo.find(Query.query(Criteria.where("terms").all(terms).and("withdrawn").is(false)).limit(most),
                SearchEntry.class, collection(SearchEntry.class));
    }

    /** The experiments' rows of these ids, withdrawn or not. */
    public List<ExperimentRow> experiments(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), ExperimentRow.class, collection(ExperimentRow.class));
    }

    /** The index a search reads: the terms of the search texts (one per set of collections, made once). */
    private void indexTerms() {
        String collection = collection(SearchEntry.class);
        if (indexed.add(collection)) {
            mongo.indexOps(collection).createIndex(new Index().on("terms", Sort.Direction.ASC).named("terms"));
        }
    }

    /** Drops these rows' collections; the live ones also drop those of the earlier layout. */
    void clear() {
        KINDS.stream().map(this::collection).filter(mongo::collectionExists).forEach(mongo::dropCollection);
        if (fixedSuffix == null) {
            EARLIER_LAYOUT.stream().filter(mongo::collectionExists).forEach(mongo::dropCollection);
        }
    }

    /**
     * Makes a complete rebuild's set the live one (one write of {@code view_generation}), then drops the set it
     * replaced and any rows of the earlier layout.
     */
    void replaceWith(MongoRows rebuilt) {
        MongoRows replaced = new MongoRows(mongo, suffix());
        mongo.getCollection(GENERATION).replaceOne(new Document("_id", LIVE),
                new Document("_id", LIVE).append("suffix", rebuilt.suffix()).append("layout", LAYOUT),
                new ReplaceOptions().upsert(true));
        liveSuffix = rebuilt.suffix();
        replaced.clear();
        EARLIER_LAYOUT.stream().filter(mongo::collectionExists).forEach(mongo::dropCollection);
    }

    /**
     * Whether rows of an earlier layout are stored, which this code no longer reads in full: a document per activity,
     * learning and initiative, experiments without the search index (every registration writes a search text), or
     * rows written before the layout was noted (without local areas).
     */
    boolean inEarlierLayout() {
        refresh();
        boolean rows = mongo.collectionExists(collection(ExperimentRow.class))
                && mongo.getCollection(collection(ExperimentRow.class)).estimatedDocumentCount() > 0;
        Document live = mongo.getCollection(GENERATION).find(new Document("_id", LIVE)).first();
        int layout = live == null || live.getInteger("layout") == null ? 1 : live.getInteger("layout");
        return EARLIER_LAYOUT.stream().anyMatch(mongo::collectionExists)
                || rows && (!mongo.collectionExists(collection(SearchEntry.class)) || layout < LAYOUT);
    }

    /** Notes that the live rows are in this code's layout: called at start when they are (or there are none yet). */
    void noteCurrentLayout() {
        mongo.getCollection(GENERATION).updateOne(new Document("_id", LIVE),
                new Document("$set", new Document("layout", LAYOUT)).append("$setOnInsert", new Document("suffix", "")),
                new UpdateOptions().upsert(true));
    }
}
