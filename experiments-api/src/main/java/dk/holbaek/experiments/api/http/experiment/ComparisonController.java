package dk.holbaek.experiments.api.http.experiment;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.problem.BadRequestException;
import dk.holbaek.experiments.api.problem.NotFoundException;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.query.compare.ExperimentFigures;
import dk.holbaek.experiments.query.experiment.ExperimentReader;

/**
 * {@code GET /api/experiments/compare?ids=a,b[,c,d]}: two to four experiments side by side, one entry each in the
 * order asked ({@link ExperimentFigures}).
 */
@RestController
public class ComparisonController {

    static final int FEWEST = 2;
    static final int MOST = 4;

    private final ExperimentReader experiments;

    ComparisonController(ExperimentReader experiments) {
        this.experiments = experiments;
    }

    @GetMapping("/api/experiments/compare")
    List<ExperimentFigures> compare(@RequestParam(required = false) String ids) {
        return compared(ids, experiments);
    }

    /** The experiments named, each as it stands; 400 for too few, too many or one named twice, 404 for an unknown. */
    public static List<ExperimentFigures> compared(String ids, ExperimentReader experiments) {
        List<String> named = ids == null ? List.of() : Arrays.stream(ids.split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).toList();
        if (named.size() < FEWEST || named.size() > MOST) {
            throw new BadRequestException("ids", Flaw.TWO_TO_FOUR, named.size());
        }
        if (new LinkedHashSet<>(named).size() != named.size()) {
            throw new BadRequestException("ids", Flaw.NAMED_TWICE);
        }
        return named.stream().map(id -> experiments.detail(id).filter(detail -> !detail.withdrawn())
                .map(ExperimentFigures::of).orElseThrow(() -> NotFoundException.noRecord(id))).toList();
    }
}
