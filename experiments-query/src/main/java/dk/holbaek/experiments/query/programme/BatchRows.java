package dk.holbaek.experiments.query.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * The rows a batch of events changes, held in memory until the batch ends and then written to MongoDB together:
 * one bulk write per collection instead of a write per event. Reads see the batch's own changes first.
 *
 * <p>An experiment's activities, learnings and initiatives go to the {@link RowBucket} of their event's sequence
 * number. A rebuild, which alone writes the read model while it runs, keeps the rows it wrote in memory
 * ({@link #remembering()}) instead of reading them back, and writes whole buckets.
 */
final class BatchRows implements ProgrammeRows {

    private record Key(Class<?> kind, String id) {
    }

    private final MongoRows rows;
    private final boolean remember;
    private final Map<Key, Row> pending = new LinkedHashMap<>();
    private final Map<String, RowBucket.Builder> pendingBuckets = new LinkedHashMap<>();
    /** While remembering: the experiment and recommendation rows written, which later events change. */
    private final Map<Key, Row> written = new HashMap<>();
    /** While remembering: each experiment's latest bucket, the only one of its buckets later events can add to. */
    private final Map<String, RowBucket.Builder> latestBuckets = new HashMap<>();
    private long sequence;

    private BatchRows(MongoRows rows, boolean remember) {
        this.rows = rows;
        this.remember = remember;
    }

    /** Rows for the live projection: what earlier batches wrote is read from MongoDB. */
    static BatchRows reading(MongoRows rows) {
        return new BatchRows(rows, false);
    }

    /** Rows for a rebuild from an empty read model: what earlier batches wrote is kept in memory, never read back. */
    static BatchRows remembering(MongoRows rows) {
        return new BatchRows(rows, true);
    }

    /** Folds one event into the batch. */
    void fold(Object event, EventMessage<?> message) {
        sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        ProgrammeFold.apply(event, sequence, message.getIdentifier(), this);
    }

    @Override
    public Optional<ExperimentRow> experiment(String id) {
        return Optional.ofNullable((ExperimentRow) held(new Key(ExperimentRow.class, id)))
                .or(() -> remember ? Optional.empty() : rows.experiment(id));
    }

    @Override
    public Optional<RecommendationRow> recommendation(String id) {
        return Optional.ofNullable((RecommendationRow) held(new Key(RecommendationRow.class, id)))
                .or(() -> remember ? Optional.empty() : rows.recommendation(id));
    }

    private Row held(Key key) {
        Row row = pending.get(key);
        return row != null ? row : written.get(key);
    }

    @Override
    public void put(ExperimentRow row) {
        hold(row);
    }

    @Override
    public void put(ActivityRow row) {
        bucket(row.experimentId(), row);
    }

    @Override
    public void put(LearningRow row) {
        bucket(row.experimentId(), row);
    }

    @Override
    public void put(InitiativeRow row) {
        bucket(row.experimentId(), row);
    }

    @Override
    public void put(CouncilInvolvementRow row) {
        hold(row);
    }

    @Override
    public void put(RecommendationRow row) {
        hold(row);
    }

    @Override
    public void put(ExternalExperienceRow row) {
        hold(row);
    }

    @Override
    public void put(SearchEntry entry) {
        hold(entry);
    }

    @Override
    public boolean keepsSearchTexts() {
        return true;
    }

    private void hold(Row row) {
        pending.put(new Key(row.getClass(), row.id()), row);
    }

    private void bucket(String experimentId, Row row) {
        pendingBuckets.computeIfAbsent(RowBucket.id(experimentId, sequence),
                id -> new RowBucket.Builder(id, experimentId)).add(row);
    }

    /** Writes the batch's rows, the last version of each, and adds its activities, learnings and initiatives. */
    void flush() {
        rows.write(take());
    }

    /**
     * The documents that write the batch, taken out of it: its rows, the last version of each, and the rows it adds
     * to buckets. Live, the rows are added to their bucket where it is stored (no read); a rebuild, which knows each
     * experiment's latest bucket, inserts a new bucket and replaces a bucket it wrote before.
     */
    MongoRows.Writes take() {
        List<Object> replacing = new ArrayList<>(pending.values());
        List<RowBucket> inserting = new ArrayList<>();
        List<RowBucket> adding = new ArrayList<>();
        for (RowBucket.Builder added : pendingBuckets.values()) {
            if (!remember) {
                adding.add(added.build());
                continue;
            }
            RowBucket.Builder latest = latestBuckets.get(added.experimentId());
            if (latest != null && latest.id().equals(added.id())) {
                latest.addAll(added);
                replacing.add(latest.build());
            } else {
                inserting.add(added.build());
                latestBuckets.put(added.experimentId(), added);
            }
        }
        if (remember) {
            pending.forEach((key, row) -> {
                if (row instanceof ExperimentRow || row instanceof RecommendationRow) {
                    this.written.put(key, row);
                }
            });
        }
        pending.clear();
        pendingBuckets.clear();
        return new MongoRows.Writes(replacing, inserting, adding);
    }

    /** Forgets the batch's rows: it was rolled back and will be delivered again. */
    void discard() {
        pending.clear();
        pendingBuckets.clear();
    }
}
