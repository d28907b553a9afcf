package dk.holbaek.experiments.query.programme;

import java.util.ArrayList;
import java.util.Collection;
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
 * back, as that checkpoint's events had written them) and the rows folded since. The whole programme's rows, for the
 * report, are read back the same way.
 */
final class AsOfRows implements ProgrammeRows {

    private final Map<String, ExperimentRow> experiments = new LinkedHashMap<>();
    private final Map<String, ExperimentTotals> totals = new HashMap<>();
    private final Map<String, CouncilInvolvementRow> councils = new LinkedHashMap<>();
    private final Map<String, RecommendationRow> recommendations = new LinkedHashMap<>();
    private final Map<String, ExternalExperienceRow> externals = new LinkedHashMap<>();
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
            if (checkpoint.recommendation() != null) {
                recommendations.put(checkpoint.aggregateId(), checkpoint.recommendation());
            }
            if (checkpoint.external() != null) {
                externals.put(checkpoint.aggregateId(), checkpoint.external());
            }
        }
    }

    /** Whether the checkpoint already counts this event of the record {@code aggregateId}. */
    boolean counts(String aggregateId, long sequence) {
        Long last = counted.get(aggregateId);
        return last != null && sequence <= last;
    }

    /**
     * How many events the checkpoint counts: every event of each record up to its last counted (a record's events
     * are numbered from 0 without gaps).
     */
    long eventsCounted() {
        return counted.values().stream().mapToLong(last -> last + 1).sum();
    }

    /**
     * The figures of the state reached; {@code rowsAtCheckpoint} reads the rows of experiments, each up to its event
     * the checkpoint counted.
     */
    ProgrammeFigures figures(Function<Map<String, Long>, Map<String, RowBucket>> rowsAtCheckpoint) {
        rows(revised, rowsAtCheckpoint).forEach((experimentId, all) -> totals.put(experimentId,
                ExperimentTotals.of(experimentId, all.activities(), all.learnings(), all.initiatives(), 0)));
        return new ProgrammeFigures(new ArrayList<>(experiments.values()), totals, new ArrayList<>(councils.values()));
    }

    /** The whole programme's rows in the state reached, every experiment's activities, learnings and initiatives too. */
    Programme programme(Function<Map<String, Long>, Map<String, RowBucket>> rowsAtCheckpoint) {
        List<ActivityRow> activities = new ArrayList<>();
        List<LearningRow> learnings = new ArrayList<>();
        List<InitiativeRow> initiatives = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>(experiments.keySet());
        all.addAll(folded.keySet());
        rows(all, rowsAtCheckpoint).values().forEach(own -> {
            activities.addAll(own.activities());
            learnings.addAll(own.learnings());
            initiatives.addAll(own.initiatives());
        });
        return new Programme(new ArrayList<>(experiments.values()), activities, learnings, initiatives,
                new ArrayList<>(councils.values()), new ArrayList<>(recommendations.values()),
                new ArrayList<>(externals.values()));
    }

    /** These experiments' rows: those the checkpoint counts, read back, and those folded since. */
    private Map<String, RowBucket> rows(Collection<String> experimentIds,
                                        Function<Map<String, Long>, Map<String, RowBucket>> rowsAtCheckpoint) {
        Map<String, Long> upTo = new LinkedHashMap<>();
        experimentIds.stream().filter(counted::containsKey).forEach(id -> upTo.put(id, counted.get(id)));
        Map<String, RowBucket> before = upTo.isEmpty() ? Map.of() : rowsAtCheckpoint.apply(upTo);
        Map<String, RowBucket> rows = new LinkedHashMap<>();
        for (String experimentId : experimentIds) {
            RowBucket.Builder own = new RowBucket.Builder(experimentId, experimentId);
            RowBucket earlier = before.get(experimentId);
            if (earlier != null) {
                own.addAll(earlier);
            }
            RowBucket.Builder since = folded.get(experimentId);
            if (since != null) {
                own.addAll(since);
            }
            rows.put(experimentId, own.build());
        }
        return rows;
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

    @Override
    public void put(ExternalExperienceRow row) {
        externals.put(row.id(), row);
    }

    @Override
    public Optional<RecommendationRow> recommendation(String id) {
        return Optional.ofNullable(recommendations.get(id));
    }

    @Override
    public void put(RecommendationRow row) {
        recommendations.put(row.id(), row);
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
