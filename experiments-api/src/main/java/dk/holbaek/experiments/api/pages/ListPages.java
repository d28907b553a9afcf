package dk.holbaek.experiments.api.pages;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.query.programme.ExperimentTotals;
import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.LearningRow;
import dk.holbaek.experiments.query.programme.ProgrammeFigures;
import dk.holbaek.experiments.query.programme.ProgrammeSource;

/**
 * The programme as lists: every experiment with its figures, sortable by any column, and every learning, filtered by
 * criterion, insight area, assessment and experiment, {@value Pager#ROWS} to a page with the totals of them all. Read
 * from the views, as they stand now.
 */
@Controller
class ListPages {

    private final ProgrammeSource source;

    ListPages(ProgrammeSource source) {
        this.source = source;
    }

    /** An experiment's line in the list: what it is and what it has done so far. */
    record Line(ExperimentRow experiment, int activities, long participants, BigDecimal costsDkk, int learnings) {
    }

    /** The columns the list sorts by, each with the order it sorts in. */
    enum Column {
        TITLE(Comparator.comparing(line -> line.experiment().title().toLowerCase())),
        STATUS(Comparator.comparing(line -> line.experiment().status())),
        ACTIVITIES(Comparator.comparingInt(Line::activities)),
        PARTICIPANTS(Comparator.comparingLong(Line::participants)),
        COSTS(Comparator.comparing(Line::costsDkk)),
        LEARNINGS(Comparator.comparingInt(Line::learnings));

        private final Comparator<Line> order;

        Column(Comparator<Line> order) {
            this.order = order;
        }
    }

    @GetMapping("/experiments")
    String experiments(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                       @RequestParam(required = false) String page, Model model) {
        ProgrammeFigures programme = source.liveFigures();
        Column column = parse(sort);
        boolean descending = "desc".equals(dir);
        Comparator<Line> order = column.order.thenComparing(line -> line.experiment().id());
        List<Line> lines = programme.experiments().stream().map(experiment -> {
            ExperimentTotals own = programme.of(experiment);
            return new Line(experiment, (int) own.activities(), own.participants(), own.costs(),
                    own.learnings().size());
        }).sorted(descending ? order.reversed() : order).toList();
        Pager pager = Pager.of(lines.size(), page);
        model.addAttribute("lines", Pager.rows(lines, pager.page()));
        model.addAttribute("pager", pager);
        model.addAttribute("count", lines.size());
        model.addAttribute("sort", column.name().toLowerCase());
        model.addAttribute("descending", descending);
        model.addAttribute("total", new Line(null, lines.stream().mapToInt(Line::activities).sum(),
                lines.stream().mapToLong(Line::participants).sum(),
                lines.stream().map(Line::costsDkk).reduce(BigDecimal.ZERO, BigDecimal::add),
                lines.stream().mapToInt(Line::learnings).sum()));
        return "experiments";
    }

    @GetMapping("/learnings")
    String learnings(@RequestParam(required = false) Criterion criterion, @RequestParam(required = false) InsightArea area,
                     @RequestParam(required = false) Integer assessment,
                     @RequestParam(required = false) String experiment, @RequestParam(required = false) String page,
                     Model model) {
        ProgrammeFigures programme = source.liveFigures();
        Map<String, ExperimentRow> experiments = programme.experiments().stream()
                .collect(Collectors.toMap(ExperimentRow::id, Function.identity()));
        Set<String> inArea = area == null ? null : programme.experiments().stream()
                .filter(row -> row.insightAreas().contains(area)).map(ExperimentRow::id).collect(Collectors.toSet());
        List<LearningRow> learnings = programme.learnings().stream()
                .filter(row -> criterion == null || row.criterion() == criterion)
                .filter(row -> inArea == null || inArea.contains(row.experimentId()))
                .filter(row -> assessment == null || row.assessment() == assessment)
                .filter(row -> experiment == null || experiment.isBlank() || row.experimentId().equals(experiment))
                .sorted(Comparator.comparing(LearningRow::recordedOn).reversed().thenComparing(LearningRow::id))
                .toList();
        Pager pager = Pager.of(learnings.size(), page);
        model.addAttribute("learnings", Pager.rows(learnings, pager.page()));
        model.addAttribute("found", learnings.size());
        model.addAttribute("pager", pager);
        model.addAttribute("of", programme.learnings().size());
        model.addAttribute("experiments", experiments);
        model.addAttribute("choices", programme.experiments().stream()
                .sorted(Comparator.comparing(ExperimentRow::title)).toList());
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("areas", InsightArea.values());
        model.addAttribute("assessments", List.of(2, 1, 0, -1, -2));
        model.addAttribute("criterion", criterion);
        model.addAttribute("area", area);
        model.addAttribute("assessment", assessment);
        model.addAttribute("experiment", experiment == null ? "" : experiment);
        return "learnings";
    }

    private static Column parse(String sort) {
        for (Column column : Column.values()) {
            if (column.name().equalsIgnoreCase(sort)) {
                return column;
            }
        }
        return Column.TITLE;
    }
}
