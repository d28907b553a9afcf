package dk.holbaek.experiments.api.http.experiment;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.http.Paging;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.query.programme.ProgrammeFigures;
import dk.holbaek.experiments.query.programme.ProgrammeSource;

/** The list of experiments, from the read model. */
@RestController
class ExperimentListController {

    record Summary(String id, String title, ExperimentStatus status, Method method, List<InsightArea> insightAreas,
                   long activityCount, long participants) {
    }

    private final ProgrammeSource source;

    ExperimentListController(ProgrammeSource source) {
        this.source = source;
    }

    @GetMapping("/api/experiments")
    ResponseEntity<List<Summary>> list(@RequestParam(required = false) String page,
                                       @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        ProgrammeFigures programme = source.liveFigures();
        return paging.answer(programme.byTitle().stream()
                .map(row -> new Summary(row.id(), row.title(), row.status(), row.method(), row.insightAreas(),
                        programme.of(row).activities(), programme.of(row).participants()))
                .toList());
    }
}
