package dk.holbaek.experiments.core.experiment;

import dk.holbaek.experiments.core.common.Checks;
import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.core.experiment.api.ActivityCorrected;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ActivityWithdrawn;
import dk.holbaek.experiments.core.experiment.api.ApprovalCorrected;
import dk.holbaek.experiments.core.experiment.api.ApproveExperiment;
import dk.holbaek.experiments.core.experiment.api.CancelExperiment;
import dk.holbaek.experiments.core.experiment.api.CancellationCorrected;
import dk.holbaek.experiments.core.experiment.api.ConcludeExperiment;
import dk.holbaek.experiments.core.experiment.api.ConclusionCorrected;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentCommand;
import dk.holbaek.experiments.core.experiment.api.ExperimentEvent;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.ExperimentWithdrawn;
import dk.holbaek.experiments.core.experiment.api.InitiativeCorrected;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.InitiativeWithdrawn;
import dk.holbaek.experiments.core.experiment.api.LearningCorrected;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.LearningWithdrawn;
import dk.holbaek.experiments.core.experiment.api.LogActivity;
import dk.holbaek.experiments.core.experiment.api.RecordInitiative;
import dk.holbaek.experiments.core.experiment.api.RecordLearning;
import dk.holbaek.experiments.core.experiment.api.RegisterExperiment;
import dk.holbaek.experiments.core.experiment.api.RegistrationCorrected;
import dk.holbaek.experiments.core.experiment.api.StartCorrected;
import dk.holbaek.experiments.core.experiment.api.StartExperiment;

/**
 * An experiment's event checked by the rules of the command that records it: an event brought in from elsewhere
 * (an imported log) meets the same gate as one recorded through the service.
 */
public final class ExperimentEvents {

    private ExperimentEvents() {
    }

    /** A command's content by its rules, whatever the experiment's state; throws naming every bad field. */
    public static void checkCommandContent(ExperimentCommand command, ProgrammePeriod period) {
        ExperimentContent.checkCommand(command, period);
    }

    public static void checkContent(ExperimentEvent event, ProgrammePeriod period) {
        new Checks().identifier(event.experimentId(), "experimentId").throwIfAny();
        if (event instanceof RegistrationCorrected e) {
            correction(e.experimentId(), e.corrected(), e.reason(), period);
        } else if (event instanceof ApprovalCorrected e) {
            correction(e.experimentId(), e.corrected(), e.reason(), period);
        } else if (event instanceof StartCorrected e) {
            correction(e.experimentId(), e.corrected(), e.reason(), period);
        } else if (event instanceof ConclusionCorrected e) {
            correction(e.experimentId(), e.corrected(), e.reason(), period);
        } else if (event instanceof CancellationCorrected e) {
            correction(e.experimentId(), e.corrected(), e.reason(), period);
        } else if (event instanceof ActivityCorrected e) {
            correction(e.experimentId(), e.corrected(), e.reason(), period);
        } else if (event instanceof LearningCorrected e) {
            correction(e.experimentId(), e.corrected(), e.reason(), period);
        } else if (event instanceof InitiativeCorrected e) {
            correction(e.experimentId(), e.corrected(), e.reason(), period);
        } else if (event instanceof ExperimentWithdrawn e) {
            ExperimentContent.checkReason(e.reason(), () -> { });
        } else if (event instanceof ActivityWithdrawn e) {
            ExperimentContent.checkReason(e.reason(), () -> new Checks().identifier(e.activityId(), "activityId").throwIfAny());
        } else if (event instanceof LearningWithdrawn e) {
            ExperimentContent.checkReason(e.reason(), () -> new Checks().identifier(e.learningId(), "learningId").throwIfAny());
        } else if (event instanceof InitiativeWithdrawn e) {
            ExperimentContent.checkReason(e.reason(),
                    () -> new Checks().identifier(e.initiativeId(), "initiativeId").throwIfAny());
        } else {
            original(event, period);
        }
    }

    /** A correction holds the corrected event whole: it meets that event's rules, for the same experiment, and a reason. */
    private static void correction(String experimentId, ExperimentEvent corrected, String reason, ProgrammePeriod period) {
        ExperimentContent.checkReason(reason, () -> {
            new Checks().require(corrected != null && experimentId.equals(corrected.experimentId()), "corrected",
                    Flaw.NOT_THE_CORRECTED_FACT).throwIfAny();
            original(corrected, period);
        });
    }

    private static void original(ExperimentEvent event, ProgrammePeriod period) {
        if (event instanceof ExperimentRegistered e) {
            ExperimentContent.check(new RegisterExperiment(e.experimentId(), e.title(), e.hypothesis(), e.method(),
                    e.role(), e.insightAreas(), e.targetGroups(), e.localArea(), e.plannedStart(), e.plannedEnd(),
                    e.owner()), period);
        } else if (event instanceof ExperimentApproved e) {
            ExperimentContent.check(new ApproveExperiment(e.experimentId(), null, e.approvedOn(), e.budgetDkk()), period);
        } else if (event instanceof ExperimentStarted e) {
            ExperimentContent.check(new StartExperiment(e.experimentId(), null, e.startedOn()), period);
        } else if (event instanceof ExperimentConcluded e) {
            ExperimentContent.check(new ConcludeExperiment(e.experimentId(), null, e.concludedOn(), e.summary(),
                    e.hypothesisOutcome(), e.hypothesisReason()), period);
        } else if (event instanceof ExperimentCancelled e) {
            ExperimentContent.check(new CancelExperiment(e.experimentId(), null, e.cancelledOn(), e.reason()), period);
        } else if (event instanceof ActivityLogged e) {
            ExperimentContent.check(new LogActivity(e.experimentId(), null, e.activityId(), e.title(), e.kind(),
                    e.occurredOn(), e.channel(), e.startsAt(), e.durationMinutes(), e.localArea(), e.participants(),
                    e.councilMembersPresent(), e.staffPresent(), e.departments(), e.costs(), e.feedback()), period);
        } else if (event instanceof LearningRecorded e) {
            ExperimentContent.check(new RecordLearning(e.experimentId(), null, e.learningId(), e.criterion(), e.insight(),
                    e.evidence(), e.knowledgeKinds(), e.assessment(), e.activityId(), e.recordedOn()), period);
        } else if (event instanceof InitiativeRecorded e) {
            ExperimentContent.check(new RecordInitiative(e.experimentId(), null, e.initiativeId(), e.title(),
                    e.initiator(), e.supportKinds(), e.supportHours(), e.fundingDkk(), e.status(), e.recordedOn()), period);
        }
    }
}
