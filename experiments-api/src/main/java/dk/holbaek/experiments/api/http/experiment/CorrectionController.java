package dk.holbaek.experiments.api.http.experiment;

import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.core.experiment.api.ApproveExperiment;
import dk.holbaek.experiments.core.experiment.api.CancelExperiment;
import dk.holbaek.experiments.core.experiment.api.ConcludeExperiment;
import dk.holbaek.experiments.core.experiment.api.CorrectActivity;
import dk.holbaek.experiments.core.experiment.api.CorrectApproval;
import dk.holbaek.experiments.core.experiment.api.CorrectCancellation;
import dk.holbaek.experiments.core.experiment.api.CorrectConclusion;
import dk.holbaek.experiments.core.experiment.api.CorrectInitiative;
import dk.holbaek.experiments.core.experiment.api.CorrectLearning;
import dk.holbaek.experiments.core.experiment.api.CorrectRegistration;
import dk.holbaek.experiments.core.experiment.api.CorrectStart;
import dk.holbaek.experiments.core.experiment.api.LogActivity;
import dk.holbaek.experiments.core.experiment.api.RecordInitiative;
import dk.holbaek.experiments.core.experiment.api.RecordLearning;
import dk.holbaek.experiments.core.experiment.api.RegisterExperiment;
import dk.holbaek.experiments.core.experiment.api.StartExperiment;
import dk.holbaek.experiments.core.experiment.api.WithdrawActivity;
import dk.holbaek.experiments.core.experiment.api.WithdrawExperiment;
import dk.holbaek.experiments.core.experiment.api.WithdrawInitiative;
import dk.holbaek.experiments.core.experiment.api.WithdrawLearning;

/**
 * Corrections and withdrawals of what an experiment recorded: each POST becomes one command, and answers 200 with the
 * id of what it concerns; a correction that changes nothing appends nothing. The history keeps every original.
 */
@RestController
@RequestMapping("/api/experiments/{id}")
class CorrectionController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final CommandGateway commands;

    CorrectionController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/correction")
    Map<String, String> correctRegistration(@PathVariable String id,
                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                            @RequestBody ExperimentRequests.RegistrationCorrection body) {
        return send(id, new CorrectRegistration(id, Versions.fromIfMatch(ifMatch), new RegisterExperiment(id,
                body.title(), body.hypothesis(), body.method(), body.role(), body.insightAreas(), body.targetGroups(),
                body.localArea(), body.plannedStart(), body.plannedEnd(), body.owner()), body.reason()));
    }

    @PostMapping("/withdrawal")
    Map<String, String> withdraw(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                 @RequestBody ExperimentRequests.Withdrawal body) {
        return send(id, new WithdrawExperiment(id, Versions.fromIfMatch(ifMatch), body.reason()));
    }

    @PostMapping("/approval/correction")
    Map<String, String> correctApproval(@PathVariable String id,
                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                        @RequestBody ExperimentRequests.ApprovalCorrection body) {
        return send(id, new CorrectApproval(id, Versions.fromIfMatch(ifMatch),
                new ApproveExperiment(id, null, body.approvedOn(), body.budgetDkk()), body.reason()));
    }

    @PostMapping("/start/correction")
    Map<String, String> correctStart(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                     @RequestBody ExperimentRequests.StartCorrection body) {
        return send(id, new CorrectStart(id, Versions.fromIfMatch(ifMatch), new StartExperiment(id, null, body.startedOn()),
                body.reason()));
    }

    @PostMapping("/conclusion/correction")
    Map<String, String> correctConclusion(@PathVariable String id,
                                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody ExperimentRequests.ConclusionCorrection body) {
        return send(id, new CorrectConclusion(id, Versions.fromIfMatch(ifMatch),
                new ConcludeExperiment(id, null, body.concludedOn(), body.summary(), body.hypothesisOutcome(),
                        body.hypothesisReason()), body.reason()));
    }

    @PostMapping("/cancellation/correction")
    Map<String, String> correctCancellation(@PathVariable String id,
                                            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                            @RequestBody ExperimentRequests.CancellationCorrection body) {
        return send(id, new CorrectCancellation(id, Versions.fromIfMatch(ifMatch),
                new CancelExperiment(id, null, body.cancelledOn(), body.cancellationReason()), body.reason()));
    }

    @PostMapping("/activities/{activityId}/correction")
    Map<String, String> correctActivity(@PathVariable String id, @PathVariable String activityId,
                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                        @RequestBody ExperimentRequests.ActivityCorrection body) {
        return send(activityId, new CorrectActivity(id, Versions.fromIfMatch(ifMatch), new LogActivity(id, null,
                activityId, body.title(), body.kind(), body.occurredOn(), body.channel(), body.startsAt(),
                body.durationMinutes(), body.localArea(), body.participants(), body.councilMembersPresent(),
                body.staffPresent(), body.departments(), body.costs(), body.feedback()), body.reason()));
    }

    @PostMapping("/activities/{activityId}/withdrawal")
    Map<String, String> withdrawActivity(@PathVariable String id, @PathVariable String activityId,
                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                         @RequestBody ExperimentRequests.Withdrawal body) {
        return send(activityId, new WithdrawActivity(id, Versions.fromIfMatch(ifMatch), activityId, body.reason()));
    }

    @PostMapping("/learnings/{learningId}/correction")
    Map<String, String> correctLearning(@PathVariable String id, @PathVariable String learningId,
                                        @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                        @RequestBody ExperimentRequests.LearningCorrection body) {
        return send(learningId, new CorrectLearning(id, Versions.fromIfMatch(ifMatch), new RecordLearning(id, null,
                learningId, body.criterion(), body.insight(), body.evidence(), body.knowledgeKinds(), body.assessment(),
                body.activityId(), body.recordedOn()), body.reason()));
    }

    @PostMapping("/learnings/{learningId}/withdrawal")
    Map<String, String> withdrawLearning(@PathVariable String id, @PathVariable String learningId,
                                         @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                         @RequestBody ExperimentRequests.Withdrawal body) {
        return send(learningId, new WithdrawLearning(id, Versions.fromIfMatch(ifMatch), learningId, body.reason()));
    }

    @PostMapping("/initiatives/{initiativeId}/correction")
    Map<String, String> correctInitiative(@PathVariable String id, @PathVariable String initiativeId,
                                          @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                          @RequestBody ExperimentRequests.InitiativeCorrection body) {
        return send(initiativeId, new CorrectInitiative(id, Versions.fromIfMatch(ifMatch), new RecordInitiative(id, null,
                initiativeId, body.title(), body.initiator(), body.supportKinds(), body.supportHours(), body.fundingDkk(),
                body.status(), body.recordedOn()), body.reason()));
    }

    @PostMapping("/initiatives/{initiativeId}/withdrawal")
    Map<String, String> withdrawInitiative(@PathVariable String id, @PathVariable String initiativeId,
                                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
                                           @RequestBody ExperimentRequests.Withdrawal body) {
        return send(initiativeId, new WithdrawInitiative(id, Versions.fromIfMatch(ifMatch), initiativeId, body.reason()));
    }

    private Map<String, String> send(String concerns, Object command) {
        commands.sendAndWait(command);
        return Map.of("id", concerns);
    }
}
