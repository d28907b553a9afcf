package dk.holbaek.experiments.query.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;

import dk.holbaek.experiments.core.experiment.api.ExperimentEvent;

/**
 * The rows a batch of events changes, held in memory until the batch ends and then written to MongoDB together:
 * one bulk write per collection instead of a write per event. Reads see the batch's own changes first.
 *
 * <p>An experiment's activities, learnings and initiatives go to the {@link RowBucket} of their event's sequence
 * number. A rebuild, which alone writes the read model while it runs, keeps the rows it wrote in memory
 * ({@link #remembering()}) instead of reading them back, and writes whole buckets.
 *
 * <p>Each experiment's {@link ExperimentTotals running totals} are kept here too: a new row is added to them; an
 * experiment with an entry corrected or withdrawn has them counted again from its rows once those are written.
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
    /**
     * While remembering: every document written whole so far, so that one not yet stored is inserted (the embedded
     * server looks each upsert's id up three times, an insert's twice) and only one written before is replaced.
     */
    private final Set<Key> stored = new HashSet<>();
    /** While remembering: each experiment's latest bucket, the only one of its buckets later events can add to. */
    private final Map<String, RowBucket.Builder> latestBuckets = new HashMap<>();
    /** The running totals of the experiments the batch adds to (while remembering: of every experiment). */
    private final Map<String, ExperimentTotals> totals = new LinkedHashMap<>();
    /**
     * Experiments with an entry corrected or withdrawn, with their last event folded: their totals are counted again
     * from their rows once these are written (while remembering: after every later batch that adds to them, too).
     */
    private final Map<String, Long> revised = new LinkedHashMap<>();
    /**
     * The experiments, and the other records (council involvements, recommendations, experiences from elsewhere), the
     * batch folded events of, each with its last event's sequence.
     */
    private final Map<String, Long> experiments = new LinkedHashMap<>();
    private final Map<String, Long> records = new LinkedHashMap<>();
    /** Where the batch's events lie in the log, for its checkpoint; none when one of them was not read from the log. */
    private MongoRows.Stretch stretch;
    private boolean untracked;
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
        if (event instanceof ExperimentEvent experimentEvent) {
            experiments.put(experimentEvent.experimentId(), sequence);
        } else if (message instanceof DomainEventMessage<?> domain) {
            records.put(domain.getAggregateIdentifier(), sequence);
        }
        if (message instanceof DomainEventMessage<?> domain
                && (ProgrammeFold.isCorrection(event) || ProgrammeFold.isWithdrawal(event))) {
            hold(new Revision(message.getIdentifier(), domain.getAggregateIdentifier(), sequence,
                    ProgrammeFold.isWithdrawal(event)));
        }
        if (message instanceof TrackedEventMessage<?> tracked
                && tracked.trackingToken() instanceof GlobalSequenceTrackingToken token) {
            stretch = MongoRows.Stretch.of(stretch, token.getGlobalIndex(), message.getTimestamp());
        } else {
            untracked = true;
        }
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
        count(row.experimentId(), own -> own.add(row));
    }

    @Override
    public void put(LearningRow row) {
        bucket(row.experimentId(), row);
        count(row.experimentId(), own -> own.add(row));
    }

    @Override
    public void put(InitiativeRow row) {
        bucket(row.experimentId(), row);
        count(row.experimentId(), own -> own.add(row));
    }

    @Override
    public void revised(String experimentId) {
        revised.merge(experimentId, sequence, Math::max);
        totals.remove(experimentId);
    }

    /**
     * Adds a new row to its experiment's running totals, unless the totals already count the event (a batch delivered
     * again) or will be counted again from the rows.
     */
    private void count(String experimentId, Consumer<ExperimentTotals> addition) {
        if (revised.containsKey(experimentId)) {
            revised.merge(experimentId, sequence, Math::max);
            return;
        }
        ExperimentTotals own = totals.computeIfAbsent(experimentId, id -> remember ? new ExperimentTotals(id)
                : rows.totals(id).orElseGet(() -> new ExperimentTotals(id)));
        if (sequence > own.sequence()) {
            addition.accept(own);
            own.countedUpTo(sequence);
        }
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
     * to buckets. Live, the rows are added to their bucket where it is stored (no read) and every other document
     * replaces its stored one; a rebuild, which knows what it wrote, inserts a new document or bucket and replaces
     * only one it wrote before.
     */
    MongoRows.Writes take() {
        List<Object> replacing = new ArrayList<>();
        List<Object> inserting = new ArrayList<>();
        pending.forEach((key, row) -> whole(key, row, replacing, inserting));
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
        Map<String, Long> recount = new LinkedHashMap<>();
        experiments.forEach((experimentId, last) -> {
            if (revised.containsKey(experimentId)) {
                recount.put(experimentId, last);
            } else if (totals.containsKey(experimentId)) {
                whole(new Key(ExperimentTotals.class, experimentId), totals.get(experimentId), replacing, inserting);
            }
        });
        MongoRows.Checkpointing checkpointing = untracked || stretch == null ? null
                : new MongoRows.Checkpointing(Map.copyOf(experiments), Map.copyOf(records), stretch);
        if (!remember) {
            totals.clear();
            revised.clear();
        }
        clearBatch();
        return new MongoRows.Writes(replacing, inserting, adding, recount, checkpointing);
    }

    /** A document written whole: inserted by a rebuild that has not written it before, otherwise replacing. */
    private void whole(Key key, Object document, List<Object> replacing, List<Object> inserting) {
        (remember && stored.add(key) ? inserting : replacing).add(document);
    }

    private void clearBatch() {
        pending.clear();
        pendingBuckets.clear();
        experiments.clear();
        records.clear();
        stretch = null;
        untracked = false;
    }

    /** Forgets the batch's rows: it was rolled back and will be delivered again. */
    void discard() {
        clearBatch();
        if (!remember) {
            totals.clear();
            revised.clear();
        }
    }
}
