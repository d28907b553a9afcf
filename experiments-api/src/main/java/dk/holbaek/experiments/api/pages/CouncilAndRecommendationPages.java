package dk.holbaek.experiments.api.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.query.programme.CouncilInvolvementRow;
import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.LearningRow;
import dk.holbaek.experiments.query.programme.Programme;
import dk.holbaek.experiments.query.programme.ProgrammeSource;
import dk.holbaek.experiments.query.programme.RecommendationRow;

/**
 * The council's involvement year by year, with the mandate's twice-a-year rule, and the recommendations with the
 * learnings and experiments each rests on and how far they are adopted. Every role that reads experiments reads these.
 */
@Controller
class CouncilAndRecommendationPages {

    /** The mandate asks that the city council be involved at least twice a year. */
    static final int INVOLVEMENTS_PER_YEAR = 2;

    private final ProgrammeSource source;
    private final ProgrammeDays period;

    CouncilAndRecommendationPages(ProgrammeSource source, ProgrammeDays period) {
        this.source = source;
        this.period = period;
    }

    /** One year: its involvements in date order, and whether the rule is met (or, for the current year, not yet). */
    record Year(int year, List<CouncilInvolvementRow> involvements, boolean ruleMet, boolean current) {
    }

    /** A half-year of the programme: 1 (January to June) or 2 (July to December). */
    record HalfYear(int year, int half) {

        static HalfYear of(LocalDate date) {
            return new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
        }

        boolean holds(LocalDate date) {
            return of(date).equals(this);
        }
    }

    /** A recommendation with the learnings it rests on (each with its experiment) and its adoptions in order. */
    record Recommendation(RecommendationRow row, List<Basis> basis, List<Map.Entry<AdoptingBody, LocalDate>> adoptions) {
    }

    /** A learning a recommendation rests on; its experiment's title, or null when it has since been withdrawn. */
    record Basis(String learningId, String experimentId, String experimentTitle, String insight, Integer assessment) {
    }

    @GetMapping("/council")
    String council(Model model) {
        Programme programme = source.live();
        LocalDate today = lastDayShown(period);
        Map<Integer, List<CouncilInvolvementRow>> byYear = new TreeMap<>();
        for (int year = period.first().getYear(); year <= today.getYear(); year++) {
            byYear.put(year, new ArrayList<>());
        }
        programme.councilInvolvements().stream()
                .sorted(Comparator.comparing(CouncilInvolvementRow::occurredOn).thenComparing(CouncilInvolvementRow::id))
                .forEach(row -> byYear.computeIfAbsent(row.occurredOn().getYear(), year -> new ArrayList<>()).add(row));
        boolean running = !period.today().isAfter(period.last());
        List<Year> years = byYear.entrySet().stream().map(year -> new Year(year.getKey(), year.getValue(),
                year.getValue().size() >= INVOLVEMENTS_PER_YEAR, running && year.getKey() == today.getYear())).toList();
        model.addAttribute("years", years);
        model.addAttribute("titles", programme.experiments().stream()
                .collect(Collectors.toMap(ExperimentRow::id, ExperimentRow::title)));
        model.addAttribute("halfYearWithoutCouncil", withoutCouncil(programme.councilInvolvements(), period));
        return "council";
    }

    @GetMapping("/recommendations")
    String recommendations(Model model) {
        Programme programme = source.live();
        Map<String, ExperimentRow> experiments = programme.experiments().stream()
                .collect(Collectors.toMap(ExperimentRow::id, Function.identity()));
        Map<String, LearningRow> learnings = programme.learnings().stream()
                .collect(Collectors.toMap(LearningRow::id, Function.identity()));
        List<Recommendation> recommendations = programme.recommendations().stream()
                .sorted(Comparator.comparing(RecommendationRow::title).thenComparing(RecommendationRow::id))
                .map(row -> new Recommendation(row, row.basedOnLearnings().stream().map(reference -> {
                    Optional<LearningRow> learning = Optional.ofNullable(learnings.get(reference.learningId()));
                    ExperimentRow experiment = experiments.get(reference.experimentId());
                    return new Basis(reference.learningId(), reference.experimentId(),
                            experiment == null ? null : experiment.title(),
                            learning.map(LearningRow::insight).orElse(null),
                            learning.map(LearningRow::assessment).orElse(null));
                }).toList(), row.adoptions().entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()))
                .toList();
        model.addAttribute("recommendations", recommendations);
        return "recommendations";
    }

    /**
     * The overview's and the council page's notice: the current half-year, when it has no council involvement yet;
     * null when it has one.
     */
    static HalfYear withoutCouncil(List<CouncilInvolvementRow> involvements, ProgrammeDays period) {
        HalfYear current = HalfYear.of(lastDayShown(period));
        boolean involved = involvements.stream().anyMatch(row -> current.holds(row.occurredOn()));
        return involved ? null : current;
    }

    /** Today, or the programme's last day once it has ended: the pages speak of the programme's own time. */
    private static LocalDate lastDayShown(ProgrammeDays period) {
        LocalDate today = period.today();
        return today.isAfter(period.last()) ? period.last() : today;
    }
}
