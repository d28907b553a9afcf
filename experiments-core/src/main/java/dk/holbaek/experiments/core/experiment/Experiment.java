package dk.holbaek.experiments.core.experiment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.common.Versions;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ApproveExperiment;
import dk.holbaek.experiments.core.experiment.api.CancelExperiment;
import dk.holbaek.experiments.core.experiment.api.ConcludeExperiment;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.LogActivity;
import dk.holbaek.experiments.core.experiment.api.RecordInitiative;
import dk.holbaek.experiments.core.experiment.api.RecordLearning;
import dk.holbaek.experiments.core.experiment.api.RegisterExperiment;
import dk.holbaek.experiments.core.experiment.api.StartExperiment;

/**
 * An experiment of the programme, from proposal to conclusion or cancellation, with what happened in it.
 * It decides on its own commands; the content checks of each command live in {@link ExperimentContent}.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "experimentSnapshots")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Experiment {

    @AggregateIdentifier
    private String experimentId;
    private ExperimentStatus status;
    private LocalDate approvedOn;
    private LocalDate startedOn;
    private LocalDate concludedOn;
    private final Set<String> activityIds = new HashSet<>();
    private final Set<String> learningIds = new HashSet<>();
    private final Set<String> initiativeIds = new HashSet<>();

    Experiment() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Experiment(RegisterExperiment command, ProgrammePeriod period) {
        ExperimentContent.check(command, period);
        apply(new ExperimentRegistered(command.experimentId(), command.title().strip(), command.hypothesis().strip(),
                command.method(), command.role(), ExperimentContent.distinctSorted(command.insightAreas()),
                ExperimentContent.distinctSorted(command.targetGroups()), ExperimentContent.blankToNull(command.localArea()),
                command.plannedStart(), command.plannedEnd(), ExperimentContent.blankToNull(command.owner())));
    }

    @CommandHandler
    void handle(ApproveExperiment command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireStatus(ExperimentStatus.PROPOSED, "experiment.approve-only-proposed",
                "An experiment can only be approved while it is proposed; this one is " + describe(status) + ".");
        apply(new ExperimentApproved(experimentId, command.approvedOn(), command.budgetDkk()));
    }

    @CommandHandler
    void handle(StartExperiment command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireStatus(ExperimentStatus.APPROVED, "experiment.start-only-approved",
                "An experiment can only be started once the project committee has approved it; this one is "
                        + describe(status) + ".");
        requireNotBefore(command.startedOn(), approvedOn, "experiment.start-after-approval",
                "An experiment cannot start (" + command.startedOn() + ") before it was approved (" + approvedOn + ").");
        apply(new ExperimentStarted(experimentId, command.startedOn()));
    }

    @CommandHandler
    void handle(ConcludeExperiment command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireStatus(ExperimentStatus.RUNNING, "experiment.conclude-only-running",
                "An experiment can only be concluded while it is running; this one is " + describe(status) + ".");
        requireNotBefore(command.concludedOn(), startedOn, "experiment.conclude-after-start",
                "An experiment cannot be concluded (" + command.concludedOn() + ") before it started (" + startedOn + ").");
        apply(new ExperimentConcluded(experimentId, command.concludedOn(), command.summary().strip()));
    }

    @CommandHandler
    void handle(CancelExperiment command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        if (status == ExperimentStatus.CONCLUDED || status == ExperimentStatus.CANCELLED) {
            throw new RuleViolatedException("experiment.cancel-only-open",
                    "Only a proposed, approved or running experiment can be cancelled; this one is " + describe(status) + ".");
        }
        LocalDate latestDate = startedOn != null ? startedOn : approvedOn;
        requireNotBefore(command.cancelledOn(), latestDate, "experiment.cancel-after-last-step",
                "An experiment cannot be cancelled (" + command.cancelledOn() + ") before its last step (" + latestDate + ").");
        apply(new ExperimentCancelled(experimentId, command.cancelledOn(), command.reason().strip()));
    }

    @CommandHandler
    void handle(LogActivity command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireOpenForRecords("An activity");
        requireNotRecordedBefore(activityIds, command.activityId(), "activity");
        requireWithinLife(command.occurredOn(), "experiment.activity-within-life", "An activity");
        apply(ExperimentContent.activityLogged(command));
    }

    @CommandHandler
    void handle(RecordLearning command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireOpenForRecords("A learning");
        requireNotRecordedBefore(learningIds, command.learningId(), "learning");
        if (command.activityId() != null && !activityIds.contains(command.activityId())) {
            throw new RuleViolatedException("learning.activity-of-same-experiment",
                    "A learning can only refer to an activity of the same experiment; activity " + command.activityId()
                            + " is not logged on this experiment.");
        }
        requireNotBefore(command.recordedOn(), startedOn, "learning.recorded-after-start",
                "A learning cannot be recorded (" + command.recordedOn() + ") before the experiment started (" + startedOn + ").");
        apply(new LearningRecorded(experimentId, command.learningId(), command.criterion(), command.insight().strip(),
                ExperimentContent.blankToNull(command.evidence()), ExperimentContent.distinctSorted(command.knowledgeKinds()),
                command.assessment(), command.activityId(), command.recordedOn()));
    }

    @CommandHandler
    void handle(RecordInitiative command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireOpenForRecords("An initiative");
        requireNotRecordedBefore(initiativeIds, command.initiativeId(), "initiative");
        requireNotBefore(command.recordedOn(), startedOn, "initiative.recorded-after-start",
                "An initiative cannot be recorded (" + command.recordedOn() + ") before the experiment started (" + startedOn + ").");
        apply(new InitiativeRecorded(experimentId, command.initiativeId(), command.title().strip(), command.initiator(),
                ExperimentContent.distinctSorted(command.supportKinds()), command.supportHours(), command.fundingDkk(),
                command.status(), command.recordedOn()));
    }

    /** A stale expected version is answered before any rule: the sender decided on a state that has since changed. */
    private void requireVersion(Long expectedVersion) {
        Versions.requireExpected(experimentId, expectedVersion);
    }

    private void requireStatus(ExperimentStatus required, String rule, String message) {
        if (status != required) {
            throw new RuleViolatedException(rule, message);
        }
    }

    private static void requireNotBefore(LocalDate date, LocalDate earliest, String rule, String message) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new RuleViolatedException(rule, message);
        }
    }

    /** Nothing is added to a cancelled experiment, and records start once the experiment has started. */
    private void requireOpenForRecords(String what) {
        if (status == ExperimentStatus.CANCELLED) {
            throw new RuleViolatedException("experiment.nothing-added-when-cancelled",
                    what + " cannot be added to a cancelled experiment.");
        }
        if (status == ExperimentStatus.PROPOSED || status == ExperimentStatus.APPROVED) {
            throw new RuleViolatedException("experiment.records-after-start",
                    what + " can only be added once the experiment has started; this one is " + describe(status) + ".");
        }
    }

    /** Logging after the fact is normal: the date must lie between start and conclusion, whenever it is recorded. */
    private void requireWithinLife(LocalDate date, String rule, String what) {
        if (date.isBefore(startedOn)) {
            throw new RuleViolatedException(rule, what + " on " + date + " lies before the experiment started ("
                    + startedOn + ").");
        }
        if (concludedOn != null && date.isAfter(concludedOn)) {
            throw new RuleViolatedException(rule, what + " on " + date + " lies after the experiment was concluded ("
                    + concludedOn + ").");
        }
    }

    private static void requireNotRecordedBefore(Set<String> ids, String id, String what) {
        if (ids.contains(id)) {
            throw new RuleViolatedException(what + ".recorded-once",
                    "The " + what + " " + id + " has already been recorded on this experiment.");
        }
    }

    private static String describe(ExperimentStatus status) {
        return status.name().toLowerCase();
    }

    @EventSourcingHandler
    void on(ExperimentRegistered event) {
        experimentId = event.experimentId();
        status = ExperimentStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(ExperimentApproved event) {
        status = ExperimentStatus.APPROVED;
        approvedOn = event.approvedOn();
    }

    @EventSourcingHandler
    void on(ExperimentStarted event) {
        status = ExperimentStatus.RUNNING;
        startedOn = event.startedOn();
    }

    @EventSourcingHandler
    void on(ExperimentConcluded event) {
        status = ExperimentStatus.CONCLUDED;
        concludedOn = event.concludedOn();
    }

    @EventSourcingHandler
    void on(ExperimentCancelled event) {
        status = ExperimentStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ActivityLogged event) {
        activityIds.add(event.activityId());
    }

    @EventSourcingHandler
    void on(LearningRecorded event) {
        learningIds.add(event.learningId());
    }

    @EventSourcingHandler
    void on(InitiativeRecorded event) {
        initiativeIds.add(event.initiativeId());
    }

}
