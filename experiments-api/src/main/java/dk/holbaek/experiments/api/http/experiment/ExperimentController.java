package dk.holbaek.experiments.api.http.experiment;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.http.Paging;
import dk.holbaek.experiments.api.problem.NotFoundException;
import dk.holbaek.experiments.core.experiment.api.ApproveExperiment;
import dk.holbaek.experiments.core.experiment.api.CancelExperiment;
import dk.holbaek.experiments.core.experiment.api.ConcludeExperiment;
import dk.holbaek.experiments.core.experiment.api.LogActivity;
import dk.holbaek.experiments.core.experiment.api.RecordInitiative;
import dk.holbaek.experiments.core.experiment.api.RecordLearning;
import dk.holbaek.experiments.core.experiment.api.RegisterExperiment;
import dk.holbaek.experiments.core.experiment.api.StartExperiment;
import dk.holbaek.experiments.query.experiment.ExperimentDetail;
import dk.holbaek.experiments.query.experiment.ExperimentReader;
import dk.holbaek.experiments.query.experiment.HistoryEntry;

/**
 * Experiments over HTTP: each POST becomes one command, each GET reads the experiment's events. Identifiers of new
 * things are made here, so that a command carries everything its event will hold.
 */
@RestController
@RequestMapping("/api/experiments")
class ExperimentController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final CommandGateway commands;
    private final ExperimentReader reader;

    ExperimentController(CommandGateway commands, ExperimentReader reader) {
        this.commands = commands;
        this.reader = reader;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // as the ResponseEntity says; named here for the OpenAPI document
    ResponseEntity<Map<String, String>> register(@RequestBody ExperimentRequests.Register body) {
        String id = newId();
        commands.sendAndWait(new RegisterExperiment(id, body.title(), body.hypothesis(), body.method(), body.role(),
                body.insightAreas(), body.targetGroups(), body.localArea(), body.plannedStart(), body.plannedEnd(),
                body.owner()));
        return ResponseEntity.created(URI.create("/api/experiments/" + id)).eTag(Versions.etag(0)).body(Map.of("id", id));
    }

    @PostMapping("/{id}/approval")
    Map<String, String> approve(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                @RequestBody ExperimentRequests.Approval body) {
        commands.sendAndWait(new ApproveExperiment(id, Versions.fromIfMatch(ifMatch), body.approvedOn(), body.budgetDkk()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/start")
    Map<String, String> start(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                              @RequestBody ExperimentRequests.Start body) {
        commands.sendAndWait(new StartExperiment(id, Versions.fromIfMatch(ifMatch), body.startedOn()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/conclusion")
    Map<String, String> conclude(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                 @RequestBody ExperimentRequests.Conclusion body) {
        commands.sendAndWait(new ConcludeExperiment(id, Versions.fromIfMatch(ifMatch), body.concludedOn(), body.summary(),
                body.hypothesisOutcome(), body.hypothesisReason()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/cancellation")
    Map<String, String> cancel(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                               @RequestBody ExperimentRequests.Cancellation body) {
        commands.sendAndWait(new CancelExperiment(id, Versions.fromIfMatch(ifMatch), body.cancelledOn(), body.reason()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/activities")
    @ResponseStatus(HttpStatus.CREATED) // as the ResponseEntity says; named here for the OpenAPI document
    ResponseEntity<Map<String, String>> logActivity(@PathVariable String id,
                                                    @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                    @RequestBody ExperimentRequests.Activity body) {
        String activityId = newId();
        commands.sendAndWait(new LogActivity(id, Versions.fromIfMatch(ifMatch), activityId, body.title(), body.kind(),
                body.occurredOn(), body.channel(), body.startsAt(), body.durationMinutes(), body.localArea(),
                body.participants(), body.councilMembersPresent(), body.staffPresent(), body.departments(), body.costs(),
                body.feedback()));
        return created(id, "activities", activityId, "activityId");
    }

    @PostMapping("/{id}/learnings")
    @ResponseStatus(HttpStatus.CREATED) // as the ResponseEntity says; named here for the OpenAPI document
    ResponseEntity<Map<String, String>> recordLearning(@PathVariable String id,
                                                       @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                       @RequestBody ExperimentRequests.Learning body) {
        String learningId = newId();
        commands.sendAndWait(new RecordLearning(id, Versions.fromIfMatch(ifMatch), learningId, body.criterion(),
                body.insight(), body.evidence(), body.knowledgeKinds(), body.assessment(), body.activityId(),
                body.recordedOn()));
        return created(id, "learnings", learningId, "learningId");
    }

    @PostMapping("/{id}/initiatives")
    @ResponseStatus(HttpStatus.CREATED) // as the ResponseEntity says; named here for the OpenAPI document
    ResponseEntity<Map<String, String>> recordInitiative(@PathVariable String id,
                                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                                         @RequestBody ExperimentRequests.Initiative body) {
        String initiativeId = newId();
        commands.sendAndWait(new RecordInitiative(id, Versions.fromIfMatch(ifMatch), initiativeId, body.title(),
                body.initiator(), body.supportKinds(), body.supportHours(), body.fundingDkk(), body.status(),
                body.recordedOn()));
        return created(id, "initiatives", initiativeId, "initiativeId");
    }

    @GetMapping("/{id}")
    ResponseEntity<ExperimentDetail> detail(@PathVariable String id) {
        ExperimentDetail detail = reader.detail(id).orElseThrow(() -> NotFoundException.noRecord(id));
        return ResponseEntity.ok().eTag(Versions.etag(detail.version())).body(detail);
    }

    @GetMapping("/{id}/history")
    ResponseEntity<List<HistoryEntry>> history(@PathVariable String id, @RequestParam(required = false) String page,
                                               @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        return paging.answer(reader.history(id).orElseThrow(() -> NotFoundException.noRecord(id)));
    }

    @GetMapping("/{id}/activities/{activityId}")
    ExperimentDetail.Activity activity(@PathVariable String id, @PathVariable String activityId) {
        return entry(id, ExperimentDetail::activities, ExperimentDetail.Activity::activityId, activityId);
    }

    @GetMapping("/{id}/learnings/{learningId}")
    ExperimentDetail.Learning learning(@PathVariable String id, @PathVariable String learningId) {
        return entry(id, ExperimentDetail::learnings, ExperimentDetail.Learning::learningId, learningId);
    }

    @GetMapping("/{id}/initiatives/{initiativeId}")
    ExperimentDetail.Initiative initiative(@PathVariable String id, @PathVariable String initiativeId) {
        return entry(id, ExperimentDetail::initiatives, ExperimentDetail.Initiative::initiativeId, initiativeId);
    }

    private <T> T entry(String experimentId, Function<ExperimentDetail, List<T>> entries, Function<T, String> idOf,
                        String entryId) {
        return reader.detail(experimentId).stream()
                .flatMap(detail -> entries.apply(detail).stream())
                .filter(entry -> idOf.apply(entry).equals(entryId))
                .findFirst()
                .orElseThrow(() -> NotFoundException.noRecord(entryId));
    }

    private static ResponseEntity<Map<String, String>> created(String experimentId, String collection, String newId,
                                                               String field) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/experiments/" + experimentId + "/" + collection + "/" + newId))
                .body(Map.of(field, newId));
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
