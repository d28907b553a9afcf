package dk.holbaek.experiments.query.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows one batch of events changes, held in memory until the batch ends and then written to MongoDB together:
 * one bulk write per kind of row instead of a write per event. Reads see the batch's own changes first.
 */
final class BatchRows implements ProgrammeRows {

    private record Key(Class<?> kind, String id) {
    }

    private final MongoRows rows;
    private final Map<Key, Row> pending = new LinkedHashMap<>();

    BatchRows(MongoRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<ExperimentRow> experiment(String id) {
        Row row = pending.get(new Key(ExperimentRow.class, id));
        return row != null ? Optional.of((ExperimentRow) row) : rows.experiment(id);
    }

    @Override
    public Optional<RecommendationRow> recommendation(String id) {
        Row row = pending.get(new Key(RecommendationRow.class, id));
        return row != null ? Optional.of((RecommendationRow) row) : rows.recommendation(id);
    }

    @Override
    public void put(ExperimentRow row) {
        hold(row);
    }

    @Override
    public void put(ActivityRow row) {
        hold(row);
    }

    @Override
    public void put(LearningRow row) {
        hold(row);
    }

    @Override
    public void put(InitiativeRow row) {
        hold(row);
    }

    @Override
    public void put(CouncilInvolvementRow row) {
        hold(row);
    }

    @Override
    public void put(RecommendationRow row) {
        hold(row);
    }

    private void hold(Row row) {
        pending.put(new Key(row.getClass(), row.id()), row);
    }

    /** Writes the batch's rows, the last version of each. */
    void flush() {
        rows.putAll(List.copyOf(pending.values()));
        pending.clear();
    }

    /** Forgets the batch's rows: it was rolled back and will be delivered again. */
    void discard() {
        pending.clear();
    }
}
