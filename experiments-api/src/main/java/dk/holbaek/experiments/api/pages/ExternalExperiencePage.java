package dk.holbaek.experiments.api.pages;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.ExternalExperienceRow;
import dk.holbaek.experiments.query.programme.Programme;
import dk.holbaek.experiments.query.programme.ProgrammeSource;

/** The experience gathered from elsewhere, newest first, each with the experiments it bears on. */
@Controller
class ExternalExperiencePage {

    private final ProgrammeSource source;

    ExternalExperiencePage(ProgrammeSource source) {
        this.source = source;
    }

    @GetMapping("/external-experiences")
    String experiences(Model model) {
        Programme programme = source.live();
        Map<String, String> titles = programme.experiments().stream()
                .collect(Collectors.toMap(ExperimentRow::id, ExperimentRow::title));
        model.addAttribute("experiences", programme.externalExperiences().stream()
                .sorted(Comparator.comparing(ExternalExperienceRow::recordedOn).reversed()
                        .thenComparing(ExternalExperienceRow::title))
                .toList());
        model.addAttribute("titles", titles);
        return "external-experiences";
    }
}
