package dk.holbaek.experiments.query.programme;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * What the views are computed from: the experiments that count (nothing withdrawn), each with its running totals,
 * and the council involvements. Live it is read from a handful of documents per experiment; as of a past moment it
 * is counted from the rows folded then ({@link #of(Programme)}), by the same additions.
 */
public record ProgrammeFigures(List<ExperimentRow> experiments, Map<String, ExperimentTotals> totals,
                               List<CouncilInvolvementRow> councilInvolvements) {

    public ProgrammeFigures {
        experiments = experiments.stream().filter(row -> !row.withdrawn()).sorted(Comparator.comparing(ExperimentRow::id))
                .toList();
        Map<String, ExperimentTotals> counted = new LinkedHashMap<>();
        for (ExperimentRow experiment : experiments) {
            ExperimentTotals own = totals.get(experiment.id());
            counted.put(experiment.id(), own != null ? own : new ExperimentTotals(experiment.id()));
        }
        totals = counted;
        councilInvolvements = councilInvolvements.stream().filter(row -> !row.withdrawn())
                .sorted(Comparator.comparing(CouncilInvolvementRow::id)).toList();
    }

    /** The figures of a programme's rows. */
    public static ProgrammeFigures of(Programme programme) {
        return new ProgrammeFigures(programme.experiments(), ExperimentTotals.of(programme), programme.councilInvolvements());
    }

    /** An experiment's totals (empty ones when nothing is recorded on it). */
    public ExperimentTotals of(ExperimentRow experiment) {
        return totals.get(experiment.id());
    }

    /** A figure summed over every experiment that counts. */
    public long sum(ToLongFunction<ExperimentTotals> figure) {
        return totals.values().stream().mapToLong(figure).sum();
    }

    /** Every learning that counts. */
    public List<LearningRow> learnings() {
        return totals.values().stream().flatMap(own -> own.learnings().stream()).toList();
    }

    /** The experiments by title (then id), as the views list them. */
    public List<ExperimentRow> byTitle() {
        return experiments.stream().sorted(Comparator.comparing(ExperimentRow::title).thenComparing(ExperimentRow::id))
                .toList();
    }
}
