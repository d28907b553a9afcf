package dk.holbaek.experiments.api.http.experiment;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.http.Paging;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.query.programme.ActivityRow;
import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.Programme;
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
        Programme programme = source.live();
        Map<String, List<ActivityRow>> activities = programme.activitiesByExperiment();
        return paging.answer(programme.experiments().stream()
                .sorted(Comparator.comparing(ExperimentRow::title).thenComparing(ExperimentRow::id))
                .map(row -> {
                    List<ActivityRow> own = activities.getOrDefault(row.id(), List.of());
                    return new Summary(row.id(), row.title(), row.status(), row.method(), row.insightAreas(), own.size(),
                            own.stream().mapToLong(ActivityRow::participants).sum());
                })
                .toList());
    }
}
