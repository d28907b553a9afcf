package dk.holbaek.experiments.query.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

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
    static final List<Class<?>> KINDS = List.of(ExperimentRow.class, RowBucket.class, ExperimentTotals.class,
            CouncilInvolvementRow.class, RecommendationRow.class, ExternalExperienceRow.class, SearchEntry.class,
            CheckpointEpoch.class, Checkpoint.class, CheckpointIndex.class, Revision.class);

    /** Collections of an earlier layout (one document per activity, learning and initiative). */
    static final List<String> EARLIER_LAYOUT = List.of("view_activities", "view_learnings", "view_initiatives");

    static final String OTHER_SET = "_b";
    private static final String GENERATION = "view_generation";
    private static final String LIVE = "live";
    /**
     * The rows' layout, noted in {@code view_generation}: 2 since activities and experiments keep their local area, 3
     * since each experiment's running totals and the checkpoints are kept (and every version of a corrected row), 4
     * since an experiment's row holds what the report tells of it, the checkpoints every record and the corrections
     * and withdrawals are noted (the report is made from them), 5 since the checkpoints are indexed by record. Rows of
     * an earlier layout are rebuilt at start ({@link ReadModelUpgrade}); a checkpoint is read only by the layout that
     * wrote it.
     */
    static final int LAYOUT = 5;
    private static final int READ_BATCH = 1000;

    /** A checkpoint's epoch ends after this many events, or when a batch begins on a later day. */
    static final long EVENTS_PER_CHECKPOINT = 10_000;

    private final MongoTemplate mongo;
    private final long eventsPerCheckpoint;
    /** Null: the live set, as {@code view_generation} names it; otherwise this fixed suffix. */
    private final String fixedSuffix;
    private volatile String liveSuffix;
    /** The search collections whose index of terms this instance has made. */
    private final Set<String> indexed = ConcurrentHashMap.newKeySet();

    @Autowired
    MongoRows(MongoTemplate mongoTemplate) {
        this(mongoTemplate, null, EVENTS_PER_CHECKPOINT);
    }

    MongoRows(MongoTemplate mongoTemplate, String fixedSuffix) {
        this(mongoTemplate, fixedSuffix, EVENTS_PER_CHECKPOINT);
    }

    /** Rows whose checkpoints come every {@code eventsPerCheckpoint} events (tests use a few). */
    MongoRows(MongoTemplate mongoTemplate, String fixedSuffix, long eventsPerCheckpoint) {
        this.mongo = mongoTemplate;
        this.fixedSuffix = fixedSuffix;
        this.eventsPerCheckpoint = eventsPerCheckpoint;
    }

    /** The set of collections a rebuild writes: the one that is not live. */
    MongoRows rebuilding() {
        return new MongoRows(mongo, suffix().isEmpty() ? OTHER_SET : "", eventsPerCheckpoint);
    }

    /** Scratch collections in which a rebuild writes one event's rows alone, to find one that cannot be written. */
    MongoRows probing() {
        return new MongoRows(mongo, suffix() + "_probe", eventsPerCheckpoint);
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

    Optional<ExperimentTotals> totals(String experimentId) {
        return Optional.ofNullable(mongo.findById(experimentId, ExperimentTotals.class, collection(ExperimentTotals.class)));
    }

    Optional<RecommendationRow> recommendation(String id) {
        return Optional.ofNullable(mongo.findById(id, RecommendationRow.class, collection(RecommendationRow.class)));
    }

    /**
     * What one batch writes: documents that replace the stored ones (or are new), documents known not to be stored
     * yet (a rebuild's), rows to add to buckets that may be stored, and the experiments whose running totals are then
     * counted again from their rows (with each one's last event folded).
     */
    record Writes(List<Object> replacing, List<Object> inserting, List<RowBucket> adding, Map<String, Long> recount,
                  Checkpointing checkpointing) {

        /** Every document written whole, replacing or inserted. */
        List<Object> whole() {
            List<Object> whole = new ArrayList<>(replacing);
            whole.addAll(inserting);
            return whole;
        }
    }

    /** Where a batch's events lie in the log: their first and last positions, how many, when recorded. */
    record Stretch(long firstPosition, long lastPosition, long events, Instant firstRecordedAt,
                   Instant earliestRecordedAt, Instant latestRecordedAt) {

        static Stretch of(Stretch before, long position, Instant recordedAt) {
            if (before == null) {
                return new Stretch(position, position, 1, recordedAt, recordedAt, recordedAt);
            }
            return new Stretch(Math.min(before.firstPosition, position), Math.max(before.lastPosition, position),
                    before.events + 1, before.firstRecordedAt,
                    recordedAt.isBefore(before.earliestRecordedAt) ? recordedAt : before.earliestRecordedAt,
                    recordedAt.isAfter(before.latestRecordedAt) ? recordedAt : before.latestRecordedAt);
        }
    }

    /**
     * What a batch's checkpoint notes: the experiments and the other records (council involvements, recommendations,
     * experiences from elsewhere) it folded events of (with each one's last event), and where its events lie in the log.
     */
    record Checkpointing(Map<String, Long> experiments, Map<String, Long> records, Stretch stretch) {
    }

    /**
     * Writes a batch with one bulk write per collection: new buckets inserted; rows added to a bucket with
     * {@code $addToSet}, so that a row written again (a batch delivered again) is not added twice; everything else
     * whole under its id. The running totals come last, once every row is written: a batch whose rows cannot be
     * written leaves the totals as they were, and is counted into them when it is delivered again.
     */
    void write(Writes writes) {
        List<Object> whole = writes.whole();
        if (whole.stream().anyMatch(SearchEntry.class::isInstance)) {
            indexTerms();
        }
        Map<Class<?>, BulkOperations> bulks = new LinkedHashMap<>();
        for (Object document : writes.replacing()) {
            bulk(bulks, document.getClass()).replaceOne(Query.query(Criteria.where("_id").is(idOf(document))), document,
                    FindAndReplaceOptions.options().upsert());
        }
        for (Object document : writes.inserting()) {
            bulk(bulks, document.getClass()).insert(document);
        }
        for (RowBucket rows : writes.adding()) {
            Update update = Update.update("experimentId", rows.experimentId());
            addEach(update, "activities", rows.activities());
            addEach(update, "learnings", rows.learnings());
            addEach(update, "initiatives", rows.initiatives());
            bulk(bulks, RowBucket.class).upsert(Query.query(Criteria.where("_id").is(rows.id())), update);
        }
        BulkOperations totals = bulks.remove(ExperimentTotals.class);
        bulks.values().forEach(BulkOperations::execute);
        if (totals != null) {
            totals.execute();
        }
        Map<String, ExperimentTotals> recounted = recount(writes.recount());
        if (writes.checkpointing() != null) {
            checkpoint(writes.checkpointing(), whole, recounted);
        }
    }

    /**
     * Notes the batch in its checkpoint's epoch (a new epoch when the latest holds {@code eventsPerCheckpoint} events,
     * began on an earlier day, or was written by another layout), then what the batch's experiments and other records
     * are now: as the batch wrote them, and an experiment's row or running totals it did not write read back.
     */
    private void checkpoint(Checkpointing batch, List<Object> written, Map<String, ExperimentTotals> recounted) {
        Stretch stretch = batch.stretch();
        LocalDate day = LocalDate.ofInstant(stretch.firstRecordedAt(), ProgrammeCalendar.ZONE);
        String epochs = collection(CheckpointEpoch.class);
        CheckpointEpoch latest = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                CheckpointEpoch.class, epochs);
        long epoch = latest == null ? 0 : latest.events() >= eventsPerCheckpoint || latest.layout() != LAYOUT
                || latest.day() == null || day.isAfter(latest.day()) ? latest.id() + 1 : latest.id();
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (!batch.experiments().isEmpty()) {
            Map<String, ExperimentTotals> totals = new LinkedHashMap<>(recounted);
            Map<String, ExperimentRow> experiments = new LinkedHashMap<>();
            for (Object document : written) {
                if (document instanceof ExperimentTotals own) {
                    totals.put(own.id(), own);
                } else if (document instanceof ExperimentRow experiment
                        && batch.experiments().containsKey(experiment.id())) {
                    experiments.put(experiment.id(), experiment);
                }
            }
            Set<String> unread = new LinkedHashSet<>(batch.experiments().keySet());
            unread.removeAll(totals.keySet());
            if (!unread.isEmpty()) {
                mongo.find(Query.query(Criteria.where("_id").in(unread)), ExperimentTotals.class,
                        collection(ExperimentTotals.class)).forEach(own -> totals.put(own.id(), own));
            }
            unread = new LinkedHashSet<>(batch.experiments().keySet());
            unread.removeAll(experiments.keySet());
            if (!unread.isEmpty()) {
                experiments(unread).forEach(experiment -> experiments.put(experiment.id(), experiment));
            }
            for (ExperimentRow experiment : experiments.values()) {
                checkpoints.add(new Checkpoint(Checkpoint.id(epoch, experiment.id()), epoch, experiment.id(),
                        batch.experiments().get(experiment.id()), experiment, totals.get(experiment.id()), null, null,
                        null));
            }
        }
        written.stream().filter(document -> document instanceof CouncilInvolvementRow
                        || document instanceof RecommendationRow || document instanceof ExternalExperienceRow)
                .map(Row.class::cast).filter(row -> batch.records().containsKey(row.id()))
                .forEach(row -> checkpoints.add(Checkpoint.of(epoch, row.id(), batch.records().get(row.id()), row)));
        if (!checkpoints.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Checkpoint.class,
                    collection(Checkpoint.class));
            checkpoints.forEach(checkpoint -> bulk.replaceOne(Query.query(Criteria.where("_id").is(checkpoint.id())),
                    checkpoint, FindAndReplaceOptions.options().upsert()));
            bulk.execute();
            BulkOperations index = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CheckpointIndex.class,
                    collection(CheckpointIndex.class));
            checkpoints.forEach(checkpoint -> index.upsert(Query.query(Criteria.where("_id").is(checkpoint.aggregateId())),
                    new Update().addToSet("epochs", epoch)));
            index.execute();
        }
        // the epoch takes in the batch's positions last: a reader that sees them finds the batch's notes indexed, and
        // one that does not folds the batch's events from the log (those its notes count are skipped)
        mongo.upsert(Query.query(Criteria.where("_id").is(epoch)), new Update().setOnInsert("layout", LAYOUT)
                .setOnInsert("day", day).inc("events", stretch.events()).min("firstPosition", stretch.firstPosition())
                .max("lastPosition", stretch.lastPosition()).min("earliestRecordedAt", stretch.earliestRecordedAt())
                .max("latestRecordedAt", stretch.latestRecordedAt()),
                CheckpointEpoch.class, epochs);
    }

    /**
     * Counts these experiments' running totals again from their rows as stored: every bucket up to the one of each
     * experiment's last event, read by id in one query.
     */
    private Map<String, ExperimentTotals> recount(Map<String, Long> lastEvents) {
        if (lastEvents.isEmpty()) {
            return Map.of();
        }
        Map<String, ExperimentTotals> recounted = new LinkedHashMap<>();
        Map<String, RowBucket> rows = rowsUpTo(lastEvents);
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ExperimentTotals.class,
                collection(ExperimentTotals.class));
        lastEvents.forEach((experimentId, last) -> {
            RowBucket own = rows.get(experimentId);
            ExperimentTotals totals = ExperimentTotals.of(experimentId, own.activities(), own.learnings(),
                    own.initiatives(), last);
            recounted.put(experimentId, totals);
            bulk.replaceOne(Query.query(Criteria.where("_id").is(experimentId)), totals,
                    FindAndReplaceOptions.options().upsert());
        });
        bulk.execute();
        return recounted;
    }

    /**
     * Each experiment's activities, learnings and initiatives as its events up to the one given had written them
     * (every version, the latest counting): its buckets up to that event's, read by id in one query. The rows of all
     * of one experiment's buckets are returned together, as one bucket.
     */
    Map<String, RowBucket> rowsUpTo(Map<String, Long> lastEvents) {
        List<String> bucketIds = new ArrayList<>();
        lastEvents.forEach((experimentId, last) -> {
            for (long bucket = 0; bucket <= last / RowBucket.EVENTS; bucket++) {
                bucketIds.add(RowBucket.id(experimentId, bucket * RowBucket.EVENTS));
            }
        });
        Map<String, RowBucket.Builder> rows = new LinkedHashMap<>();
        lastEvents.keySet().forEach(id -> rows.put(id, new RowBucket.Builder(id, id)));
        for (int from = 0; from < bucketIds.size(); from += READ_BATCH) {
            List<String> ids = bucketIds.subList(from, Math.min(bucketIds.size(), from + READ_BATCH));
            for (RowBucket bucket : mongo.find(Query.query(Criteria.where("_id").in(ids)).cursorBatchSize(READ_BATCH),
                    RowBucket.class, collection(RowBucket.class))) {
                long last = lastEvents.get(bucket.experimentId());
                RowBucket.Builder own = rows.get(bucket.experimentId());
                bucket.activities().stream().filter(row -> row.sequence() <= last).forEach(own::add);
                bucket.learnings().stream().filter(row -> row.sequence() <= last).forEach(own::add);
                bucket.initiatives().stream().filter(row -> row.sequence() <= last).forEach(own::add);
            }
        }
        Map<String, RowBucket> built = new LinkedHashMap<>();
        rows.forEach((id, own) -> built.put(id, own.build()));
        return built;
    }

    /**
     * The views' state at the end of the latest checkpoint whose events were all recorded before {@code before}: each
     * experiment's and council involvement's latest checkpoint at or before it, and the log position from which the
     * events not counted in it begin. With no such checkpoint (or only checkpoints of another layout), an empty state
     * from the log's beginning.
     */
    Cut cutBefore(Instant before) {
        refresh();
        List<CheckpointEpoch> epochs = mongo.find(new Query().with(Sort.by(Sort.Direction.ASC, "_id")),
                CheckpointEpoch.class, collection(CheckpointEpoch.class));
        long chosen = -1;
        Instant latest = null;
        Instant chosenLatest = null;
        for (CheckpointEpoch epoch : epochs) {
            if (epoch.layout() != LAYOUT) {
                return Cut.NONE;
            }
            latest = latest == null || epoch.latestRecordedAt().isAfter(latest) ? epoch.latestRecordedAt() : latest;
            if (!latest.isBefore(before)) {
                break;
            }
            chosen = epoch.id();
            chosenLatest = latest;
        }
        long tail = epochs.stream().mapToLong(CheckpointEpoch::lastPosition).max().orElse(-1) + 1;
        // the epochs from which on every event was recorded at or after the moment: their events are not read
        long skipFrom = tail;
        for (int i = epochs.size() - 1; i >= 0 && !epochs.get(i).earliestRecordedAt().isBefore(before); i--) {
            skipFrom = epochs.get(i).firstPosition();
        }
        if (chosen < 0) {
            return new Cut(List.of(), 0, skipFrom, tail, null);
        }
        long cut = chosen;
        long from = Math.min(tail, epochs.stream().filter(epoch -> epoch.id() > cut)
                .mapToLong(CheckpointEpoch::firstPosition).min().orElse(Long.MAX_VALUE));
        // each record's latest note at or before the cut, found in the index and read by id: no earlier note is read
        List<String> latestNotes = new ArrayList<>();
        try (Stream<CheckpointIndex> index = mongo.stream(new Query().cursorBatchSize(READ_BATCH), CheckpointIndex.class,
                collection(CheckpointIndex.class))) {
            index.forEach(record -> {
                long epoch = record.latestUpTo(cut);
                if (epoch >= 0) {
                    latestNotes.add(Checkpoint.id(epoch, record.id()));
                }
            });
        }
        List<Checkpoint> state = new ArrayList<>();
        for (int first = 0; first < latestNotes.size(); first += READ_BATCH) {
            state.addAll(mongo.find(Query.query(Criteria.where("_id")
                    .in(latestNotes.subList(first, Math.min(latestNotes.size(), first + READ_BATCH)))),
                    Checkpoint.class, collection(Checkpoint.class)));
        }
        return new Cut(List.copyOf(state), from, Math.max(from, skipFrom), tail, chosenLatest);
    }

    /**
     * The views' state at a checkpoint, and which events of the log it does not count: those from {@code replayFrom}
     * up to {@code skipFrom}, and those from {@code tail} on, which no batch has folded yet (every event between was
     * recorded at or after the moment asked for). A state without checkpoints begins at position 0.
     * {@code lastRecordedAt}: when the latest event the state counts was recorded (null without a checkpoint).
     */
    record Cut(List<Checkpoint> state, long replayFrom, long skipFrom, long tail, Instant lastRecordedAt) {

        static final Cut NONE = new Cut(List.of(), 0, Long.MAX_VALUE, Long.MAX_VALUE, null);
    }

    /** Every correction and withdrawal the rows have folded. */
    List<Revision> revisions() {
        return all(Revision.class);
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

    /**
     * What the views are computed from, as the live read model has it now: the experiments, each one's running
     * totals and the council involvements; no activity's row is read.
     */
    public ProgrammeFigures figures() {
        refresh();
        Map<String, ExperimentTotals> totals = new LinkedHashMap<>();
        all(ExperimentTotals.class).forEach(own -> totals.put(own.id(), own));
        return new ProgrammeFigures(all(ExperimentRow.class), totals, all(CouncilInvolvementRow.class));
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
