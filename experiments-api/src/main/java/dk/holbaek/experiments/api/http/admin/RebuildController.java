package dk.holbaek.experiments.api.http.admin;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.problem.NotFoundException;
import dk.holbaek.experiments.query.programme.ProjectionRebuild;

/** Rebuilding every view from the event store (role ADMIN). */
@RestController
@RequestMapping("/api/admin/projections/rebuild")
class RebuildController {

    private final ProjectionRebuild rebuild;

    RebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    ResponseEntity<ProjectionRebuild.Status> start() {
        ProjectionRebuild.Status status = rebuild.start();
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections/rebuild/" + status.id())).body(status);
    }

    @GetMapping("/{id}")
    ProjectionRebuild.Status status(@PathVariable String id) {
        return rebuild.status(id).orElseThrow(() -> new NotFoundException("rebuild", id));
    }
}
