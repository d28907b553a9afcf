package dk.holbaek.experiments.query.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.query.programme.ActivityRow;
import dk.holbaek.experiments.query.programme.CouncilInvolvementRow;
import dk.holbaek.experiments.query.programme.Programme;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;

/** Computes the progress view from the programme's rows; {@code today} decides which years count "so far". */
public final class ProgressViews {

    static final int TWICE = 2;

    private ProgressViews() {
    }

    public static ProgressView of(Programme programme, LocalDate today) {
        Map<ExperimentStatus, Long> byStatus = new EnumMap<>(ExperimentStatus.class);
        for (ExperimentStatus status : ExperimentStatus.values()) {
            byStatus.put(status, programme.experiments().stream().filter(row -> row.status() == status).count());
        }
        Map<CostCategory, BigDecimal> costs = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            costs.put(category, programme.activities().stream()
                    .map(activity -> activity.costsDkk().getOrDefault(category, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        BigDecimal totalCosts = costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        Map<String, Long> activitiesByYear = new TreeMap<>();
        Map<String, Long> participantsByYear = new TreeMap<>();
        Map<String, Long> activitiesByMonth = new TreeMap<>();
        Map<String, Long> participantsByMonth = new TreeMap<>();
        for (ActivityRow activity : programme.activities()) {
            String year = String.valueOf(activity.occurredOn().getYear());
            String month = YearMonth.from(activity.occurredOn()).toString();
            activitiesByYear.merge(year, 1L, Long::sum);
            participantsByYear.merge(year, (long) activity.participants(), Long::sum);
            activitiesByMonth.merge(month, 1L, Long::sum);
            participantsByMonth.merge(month, (long) activity.participants(), Long::sum);
        }
        List<Integer> yearsSoFar = IntStream.rangeClosed(ProgrammeCalendar.FIRST_YEAR,
                Math.min(ProgrammeCalendar.LAST_YEAR, today.getYear())).boxed().toList();
        Map<String, Long> councilByYear = new TreeMap<>();
        yearsSoFar.forEach(year -> councilByYear.put(String.valueOf(year), 0L));
        programme.councilInvolvements().forEach(involvement ->
                councilByYear.merge(String.valueOf(involvement.occurredOn().getYear()), 1L, Long::sum));
        boolean councilRuleMet = yearsSoFar.stream()
                .allMatch(year -> councilByYear.get(String.valueOf(year)) >= TWICE);

        return new ProgressView(byStatus, programme.activities().size(),
                programme.activities().stream().mapToLong(ActivityRow::participants).sum(),
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

    private static ProgressView.MandateRule dialogueInFirstHalfOf2014(Programme programme) {
        Optional<ActivityRow> first = programme.activities().stream()
                .filter(activity -> activity.participants() > 0)
                .filter(activity -> activity.occurredOn().getYear() == ProgrammeCalendar.FIRST_YEAR
                        && !activity.occurredOn().isAfter(ProgrammeCalendar.FIRST_HALF_2014_ENDS))
                .min(Comparator.comparing(ActivityRow::occurredOn).thenComparing(ActivityRow::id));
        return new ProgressView.MandateRule("DIALOGUE_FIRST_HALF_2014",
                "Dialogue with citizens and local areas already in the first half of 2014", first.isPresent(),
                first.map(ActivityRow::occurredOn).orElse(null),
                first.map(ActivityRow::title).orElse(null));
    }

    private static ProgressView.MandateRule proposalBeforeSummerHoliday(Programme programme) {
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
