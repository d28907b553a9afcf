package dk.holbaek.experiments.query.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The views' state as of a past moment, begun from a checkpoint ({@link MongoRows.Cut}) and carried on by the same
 * {@link ProgrammeFold} over the events after it: new rows are added to their experiment's running totals; an
 * experiment with an entry corrected or withdrawn has its totals counted again from its rows at the checkpoint (read
 * back, as that checkpoint's events had written them) and the rows folded since.
 */
final class AsOfRows implements ProgrammeRows {

    private final Map<String, ExperimentRow> experiments = new LinkedHashMap<>();
    private final Map<String, ExperimentTotals> totals = new HashMap<>();
    private final Map<String, CouncilInvolvementRow> councils = new LinkedHashMap<>();
    /** Each record's last event counted in the checkpoint: an event at or before it is not folded again. */
    private final Map<String, Long> counted = new HashMap<>();
    private final Map<String, RowBucket.Builder> folded = new HashMap<>();
    private final Set<String> revised = new LinkedHashSet<>();

    AsOfRows(MongoRows.Cut cut) {
        for (Checkpoint checkpoint : cut.state()) {
            counted.put(checkpoint.aggregateId(), checkpoint.lastSequence());
            if (checkpoint.experiment() != null) {
                experiments.put(checkpoint.aggregateId(), checkpoint.experiment());
                if (checkpoint.totals() != null) {
                    totals.put(checkpoint.aggregateId(), checkpoint.totals());
                }
            }
            if (checkpoint.council() != null) {
                councils.put(checkpoint.aggregateId(), checkpoint.council());
            }
        }
    }

    /** Whether the checkpoint already counts this event of the record {@code aggregateId}. */
    boolean counts(String aggregateId, long sequence) {
        Long last = counted.get(aggregateId);
        return last != null && sequence <= last;
    }

    /**
     * The figures of the state reached; {@code rowsAtCheckpoint} reads the rows of experiments, each up to its event
     * the checkpoint counted.
     */
    ProgrammeFigures figures(Function<Map<String, Long>, Map<String, RowBucket>> rowsAtCheckpoint) {
        Map<String, Long> upTo = new LinkedHashMap<>();
        revised.stream().filter(counted::containsKey).forEach(id -> upTo.put(id, counted.get(id)));
        Map<String, RowBucket> before = upTo.isEmpty() ? Map.of() : rowsAtCheckpoint.apply(upTo);
        for (String experimentId : revised) {
            RowBucket.Builder rows = new RowBucket.Builder(experimentId, experimentId);
            RowBucket earlier = before.get(experimentId);
            if (earlier != null) {
                earlier.activities().forEach(rows::add);
                earlier.learnings().forEach(rows::add);
                earlier.initiatives().forEach(rows::add);
            }
            RowBucket since = folded.getOrDefault(experimentId, new RowBucket.Builder(experimentId, experimentId)).build();
            since.activities().forEach(rows::add);
            since.learnings().forEach(rows::add);
            since.initiatives().forEach(rows::add);
            RowBucket all = rows.build();
            totals.put(experimentId, ExperimentTotals.of(experimentId, all.activities(), all.learnings(),
                    all.initiatives(), 0));
        }
        return new ProgrammeFigures(new ArrayList<>(experiments.values()), totals, new ArrayList<>(councils.values()));
    }

    @Override
    public Optional<ExperimentRow> experiment(String id) {
        return Optional.ofNullable(experiments.get(id));
    }

    @Override
    public void put(ExperimentRow row) {
        experiments.put(row.id(), row);
    }

    @Override
    public void put(ActivityRow row) {
        fold(row.experimentId(), row);
        if (!revised.contains(row.experimentId())) {
            totals.computeIfAbsent(row.experimentId(), ExperimentTotals::new).add(row);
        }
    }

    @Override
    public void put(LearningRow row) {
        fold(row.experimentId(), row);
        if (!revised.contains(row.experimentId())) {
            totals.computeIfAbsent(row.experimentId(), ExperimentTotals::new).add(row);
        }
    }

    @Override
    public void put(InitiativeRow row) {
        fold(row.experimentId(), row);
        if (!revised.contains(row.experimentId())) {
            totals.computeIfAbsent(row.experimentId(), ExperimentTotals::new).add(row);
        }
    }

    private void fold(String experimentId, Row row) {
        folded.computeIfAbsent(experimentId, id -> new RowBucket.Builder(id, id)).add(row);
    }

    @Override
    public void revised(String experimentId) {
        revised.add(experimentId);
    }

    @Override
    public void put(CouncilInvolvementRow row) {
        councils.put(row.id(), row);
    }

    /** The views as of a moment need no experience from elsewhere. */
    @Override
    public void put(ExternalExperienceRow row) {
        // not counted by any view
    }

    /** Nor recommendations: the fold's adoptions find none and change nothing. */
    @Override
    public Optional<RecommendationRow> recommendation(String id) {
        return Optional.empty();
    }

    @Override
    public void put(RecommendationRow row) {
        // not counted by any view
    }

    @Override
    public void put(SearchEntry entry) {
        // views as of a past moment are not searched
    }

    @Override
    public boolean keepsSearchTexts() {
        return false;
    }
}
