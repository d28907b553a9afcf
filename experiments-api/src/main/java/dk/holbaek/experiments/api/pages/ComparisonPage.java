package dk.holbaek.experiments.api.pages;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.holbaek.experiments.api.http.experiment.ComparisonController;
import dk.holbaek.experiments.api.problem.BadRequestException;
import dk.holbaek.experiments.api.problem.NotFoundException;
import dk.holbaek.experiments.api.problem.ProblemTexts;
import dk.holbaek.experiments.api.problem.Problems;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.compare.ExperimentFigures;
import dk.holbaek.experiments.query.experiment.ExperimentReader;
import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.Measures;
import dk.holbaek.experiments.query.programme.ProgrammeSource;

/** Two to four experiments side by side: a choice of experiments, then their figures in one table, a column each. */
@Controller
class ComparisonPage {

    private final ExperimentReader experiments;
    private final ProgrammeSource source;
    private final ProblemTexts texts;
    private final MessageSource messages;

    ComparisonPage(ExperimentReader experiments, ProgrammeSource source, ProblemTexts texts, MessageSource messages) {
        this.messages = messages;
        this.experiments = experiments;
        this.source = source;
        this.texts = texts;
    }

    @GetMapping("/compare")
    String compare(@RequestParam(required = false) List<String> ids, Model model) {
        model.addAttribute("choices", source.live().experiments().stream()
                .sorted(Comparator.comparing(ExperimentRow::title)).toList());
        List<String> chosen = ids == null ? List.of() : ids;
        model.addAttribute("chosen", chosen);
        model.addAttribute("categories", CostCategory.values());
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("times", Measures.TimeOfDay.values());
        model.addAttribute("criteria", Criterion.values());
        if (chosen.isEmpty()) {
            return "compare";
        }
        try {
            List<ExperimentFigures> figures = ComparisonController.compared(String.join(",", chosen), experiments);
            model.addAttribute("compared", figures);
        } catch (BadRequestException refused) {
            model.addAttribute("refusal", messages.getMessage("compare.chooseTwoToFour", null,
                    LocaleContextHolder.getLocale()));
        } catch (NotFoundException missing) {
            model.addAttribute("refusal", texts.words(Problems.refusal(missing), LocaleContextHolder.getLocale())
                    .getDetail());
        }
        return "compare";
    }
}
