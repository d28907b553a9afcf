package dk.holbaek.experiments.query.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.query.programme.CouncilInvolvementRow;
import dk.holbaek.experiments.query.programme.ExperimentTotals;
import dk.holbaek.experiments.query.programme.ProgrammeFigures;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;

/** Computes the progress view from the experiments' running totals and the council's involvements; {@code today} decides which years count "so far". */
public final class ProgressViews {

    static final int TWICE = 2;

    private ProgressViews() {
    }

    public static ProgressView of(ProgrammeFigures programme, LocalDate today) {
        Map<ExperimentStatus, Long> byStatus = new EnumMap<>(ExperimentStatus.class);
        for (ExperimentStatus status : ExperimentStatus.values()) {
            byStatus.put(status, programme.experiments().stream().filter(row -> row.status() == status).count());
        }
        Map<CostCategory, BigDecimal> costs = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            costs.put(category, programme.totals().values().stream().map(own -> own.costs(category))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        BigDecimal totalCosts = costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        Map<String, Long> activitiesByYear = new TreeMap<>();
        Map<String, Long> participantsByYear = new TreeMap<>();
        Map<String, Long> activitiesByMonth = new TreeMap<>();
        Map<String, Long> participantsByMonth = new TreeMap<>();
        for (ExperimentTotals own : programme.totals().values()) {
            own.activitiesByYear().forEach((year, count) -> activitiesByYear.merge(year, count, Long::sum));
            own.participantsByYear().forEach((year, count) -> participantsByYear.merge(year, count, Long::sum));
            own.activitiesByMonth().forEach((month, count) -> activitiesByMonth.merge(month, count, Long::sum));
            own.participantsByMonth().forEach((month, count) -> participantsByMonth.merge(month, count, Long::sum));
        }
        List<Integer> yearsSoFar = IntStream.rangeClosed(ProgrammeCalendar.FIRST_YEAR,
                Math.min(ProgrammeCalendar.LAST_YEAR, today.getYear())).boxed().toList();
        Map<String, Long> councilByYear = new TreeMap<>();
        yearsSoFar.forEach(year -> councilByYear.put(String.valueOf(year), 0L));
        programme.councilInvolvements().forEach(involvement ->
                councilByYear.merge(String.valueOf(involvement.occurredOn().getYear()), 1L, Long::sum));
        boolean councilRuleMet = yearsSoFar.stream()
                .allMatch(year -> councilByYear.get(String.valueOf(year)) >= TWICE);

        return new ProgressView(byStatus, programme.sum(ExperimentTotals::activities),
                programme.sum(ExperimentTotals::participants),
                new ProgressView.Costs(totalCosts, costs), activitiesByYear, participantsByYear, activitiesByMonth,
                participantsByMonth, councilByYear,
                councilRuleMet, List.of(councilTwiceAYear(councilByYear, yearsSoFar, councilRuleMet),
                        dialogueInFirstHalfOf2014(programme), proposalBeforeSummerHoliday(programme)));
    }

    private static ProgressView.MandateRule councilTwiceAYear(Map<String, Long> byYear, List<Integer> yearsSoFar,
                                                              boolean met) {
        String evidence = yearsSoFar.stream().map(year -> year + ": " + byYear.get(String.valueOf(year)))
                .reduce((a, b) -> a + ", " + b).orElse(null);
        return new ProgressView.MandateRule("COUNCIL_TWICE_A_YEAR",
                "The city council is involved at least twice a year", met, null, evidence);
    }

    private static ProgressView.MandateRule dialogueInFirstHalfOf2014(ProgrammeFigures programme) {
        Optional<ExperimentTotals.Dialogue> first = programme.totals().values().stream()
                .map(ExperimentTotals::firstDialogue).filter(Objects::nonNull).min(ExperimentTotals.EARLIEST);
        return new ProgressView.MandateRule("DIALOGUE_FIRST_HALF_2014",
                "Dialogue with citizens and local areas already in the first half of 2014", first.isPresent(),
                first.map(ExperimentTotals.Dialogue::occurredOn).orElse(null),
                first.map(ExperimentTotals.Dialogue::title).orElse(null));
    }

    private static ProgressView.MandateRule proposalBeforeSummerHoliday(ProgrammeFigures programme) {
        Optional<CouncilInvolvementRow> proposal = programme.councilInvolvements().stream()
                .filter(CouncilInvolvementRow::localAreaDialogueProposal)
                .filter(involvement -> involvement.occurredOn().isBefore(ProgrammeCalendar.SUMMER_HOLIDAY_2014_BEGINS))
                .min(Comparator.comparing(CouncilInvolvementRow::occurredOn).thenComparing(CouncilInvolvementRow::id));
        return new ProgressView.MandateRule("LOCAL_AREA_DIALOGUE_PROPOSAL_BEFORE_SUMMER_2014",
                "A proposal to the council on dialogue with the local areas before the 2014 summer holiday",
                proposal.isPresent(), proposal.map(CouncilInvolvementRow::occurredOn).orElse(null),
                proposal.map(CouncilInvolvementRow::topic).orElse(null));
    }
}
