package dk.holbaek.experiments.core.experiment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.common.Versions;
import dk.holbaek.experiments.core.common.api.EntryNotFoundException;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.experiment.api.ActivityCorrected;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ActivityWithdrawn;
import dk.holbaek.experiments.core.experiment.api.ApprovalCorrected;
import dk.holbaek.experiments.core.experiment.api.ApproveExperiment;
import dk.holbaek.experiments.core.experiment.api.CancelExperiment;
import dk.holbaek.experiments.core.experiment.api.CancellationCorrected;
import dk.holbaek.experiments.core.experiment.api.ConcludeExperiment;
import dk.holbaek.experiments.core.experiment.api.ConclusionCorrected;
import dk.holbaek.experiments.core.experiment.api.CorrectActivity;
import dk.holbaek.experiments.core.experiment.api.CorrectApproval;
import dk.holbaek.experiments.core.experiment.api.CorrectCancellation;
import dk.holbaek.experiments.core.experiment.api.CorrectConclusion;
import dk.holbaek.experiments.core.experiment.api.CorrectInitiative;
import dk.holbaek.experiments.core.experiment.api.CorrectLearning;
import dk.holbaek.experiments.core.experiment.api.CorrectRegistration;
import dk.holbaek.experiments.core.experiment.api.CorrectStart;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
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
import dk.holbaek.experiments.core.experiment.api.WithdrawActivity;
import dk.holbaek.experiments.core.experiment.api.WithdrawExperiment;
import dk.holbaek.experiments.core.experiment.api.WithdrawInitiative;
import dk.holbaek.experiments.core.experiment.api.WithdrawLearning;
import dk.holbaek.experiments.core.programme.ProgrammeDirectory;

/**
 * An experiment of the programme, from proposal to conclusion or cancellation, with what happened in it.
 * It decides on its own commands; the content checks of each command live in {@link ExperimentContent}.
 *
 * <p>A recorded fact is never changed: a correction is a new event with the fact's full new version and a reason,
 * and it must pass the rules the original passed and leave every later fact valid; a correction that changes nothing
 * appends nothing. A withdrawal (recorded by mistake) takes the entry out of every count; a withdrawn experiment takes
 * its activities, learnings and initiatives with it. Nothing withdrawn can be corrected or withdrawn again.
 *
 * <p>Revision 2: the state holds each entry's current version (for corrections); snapshots of revision 1 are ignored
 * and the experiment is loaded from its events.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "experimentSnapshots")
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Experiment {

    @AggregateIdentifier
    private String experimentId;
    private ExperimentStatus status;
    private boolean withdrawn;
    private ExperimentRegistered registration;
    private ExperimentApproved approval;
    private ExperimentStarted start;
    private ExperimentConcluded conclusion;
    private ExperimentCancelled cancellation;
    private final Map<String, ActivityLogged> activities = new HashMap<>();
    private final Map<String, LearningRecorded> learnings = new HashMap<>();
    private final Map<String, InitiativeRecorded> initiatives = new HashMap<>();
    /** Activities, learnings and initiatives withdrawn: still known (their ids are taken), counted nowhere. */
    private final Set<String> withdrawnEntries = new HashSet<>();

    Experiment() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Experiment(RegisterExperiment command, ProgrammePeriod period) {
        ExperimentContent.check(command, period);
        apply(ExperimentContent.registered(command));
    }

    @CommandHandler
    void handle(ApproveExperiment command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireNotWithdrawn();
        requireStatus(ExperimentStatus.PROPOSED, "experiment.approve-only-proposed",
                "An experiment can only be approved while it is proposed; this one is " + describe(status) + ".");
        apply(new ExperimentApproved(experimentId, command.approvedOn(), command.budgetDkk()));
    }

    @CommandHandler
    void handle(StartExperiment command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireNotWithdrawn();
        requireStatus(ExperimentStatus.APPROVED, "experiment.start-only-approved",
                "An experiment can only be started once the project committee has approved it; this one is "
                        + describe(status) + ".");
        requireNotBefore(command.startedOn(), approvedOn(), "experiment.start-after-approval",
                "An experiment cannot start (" + command.startedOn() + ") before it was approved (" + approvedOn() + ").");
        apply(new ExperimentStarted(experimentId, command.startedOn()));
    }

    @CommandHandler
    void handle(ConcludeExperiment command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireNotWithdrawn();
        requireStatus(ExperimentStatus.RUNNING, "experiment.conclude-only-running",
                "An experiment can only be concluded while it is running; this one is " + describe(status) + ".");
        requireNotBefore(command.concludedOn(), startedOn(), "experiment.conclude-after-start",
                "An experiment cannot be concluded (" + command.concludedOn() + ") before it started (" + startedOn() + ").");
        apply(ExperimentContent.concluded(experimentId, command));
    }

    @CommandHandler
    void handle(CancelExperiment command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireNotWithdrawn();
        if (status == ExperimentStatus.CONCLUDED || status == ExperimentStatus.CANCELLED) {
            throw new RuleViolatedException("experiment.cancel-only-open",
                    "Only a proposed, approved or running experiment can be cancelled; this one is " + describe(status) + ".",
                    "experiment.cancel-only-open", status);
        }
        LocalDate latestDate = startedOn() != null ? startedOn() : approvedOn();
        requireNotBefore(command.cancelledOn(), latestDate, "experiment.cancel-after-last-step",
                "An experiment cannot be cancelled (" + command.cancelledOn() + ") before its last step (" + latestDate + ").");
        apply(new ExperimentCancelled(experimentId, command.cancelledOn(), command.reason().strip()));
    }

    @CommandHandler
    void handle(LogActivity command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireNotWithdrawn();
        requireOpenForRecords("An activity", "activity");
        requireNotRecordedBefore(activities.containsKey(command.activityId()), command.activityId(), "activity");
        requireWithinLife(command.occurredOn(), "experiment.activity-within-life", "An activity");
        apply(ExperimentContent.activityLogged(command));
    }

    @CommandHandler
    void handle(RecordLearning command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireNotWithdrawn();
        requireOpenForRecords("A learning", "learning");
        requireNotRecordedBefore(learnings.containsKey(command.learningId()), command.learningId(), "learning");
        requireActivityOfThisExperiment(command.activityId());
        requireNotBefore(command.recordedOn(), startedOn(), "learning.recorded-after-start",
                "A learning cannot be recorded (" + command.recordedOn() + ") before the experiment started (" + startedOn() + ").");
        apply(ExperimentContent.learningRecorded(command));
    }

    @CommandHandler
    void handle(RecordInitiative command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.check(command, period);
        requireNotWithdrawn();
        requireOpenForRecords("An initiative", "initiative");
        requireNotRecordedBefore(initiatives.containsKey(command.initiativeId()), command.initiativeId(), "initiative");
        requireNotBefore(command.recordedOn(), startedOn(), "initiative.recorded-after-start",
                "An initiative cannot be recorded (" + command.recordedOn() + ") before the experiment started (" + startedOn() + ").");
        apply(ExperimentContent.initiativeRecorded(command));
    }

    // Corrections: the full new version of a fact, and why.

    @CommandHandler
    void handle(CorrectRegistration command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        RegisterExperiment corrected = command.corrected();
        ExperimentContent.checkReason(command.reason(), () -> ExperimentContent.check(corrected, period));
        requireNotWithdrawn();
        ExperimentRegistered registered = ExperimentContent.registered(new RegisterExperiment(experimentId,
                corrected.title(), corrected.hypothesis(), corrected.method(), corrected.role(), corrected.insightAreas(),
                corrected.targetGroups(), corrected.localArea(), corrected.plannedStart(), corrected.plannedEnd(),
                corrected.owner()));
        if (!registered.equals(registration)) {
            apply(new RegistrationCorrected(experimentId, registered, command.reason().strip()));
        }
    }

    @CommandHandler
    void handle(CorrectApproval command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.checkReason(command.reason(), () -> ExperimentContent.check(command.corrected(), period));
        requireNotWithdrawn();
        requireRecorded(approval != null, "experiment.approval-not-recorded", "No approval is recorded on this experiment.");
        LocalDate approvedOn = command.corrected().approvedOn();
        requireNotAfter(approvedOn, startedOn(), "experiment.start-after-approval", "approval-corrected", "The approval on " + approvedOn
                + " would lie after the start (" + startedOn() + ").");
        requireNotAfter(approvedOn, cancelledOn(), "experiment.cancel-after-last-step", "approval-corrected", "The approval on " + approvedOn
                + " would lie after the cancellation (" + cancelledOn() + ").");
        ExperimentApproved approved = new ExperimentApproved(experimentId, approvedOn, command.corrected().budgetDkk());
        if (!approved.equals(approval)) {
            apply(new ApprovalCorrected(experimentId, approved, command.reason().strip()));
        }
    }

    @CommandHandler
    void handle(CorrectStart command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.checkReason(command.reason(), () -> ExperimentContent.check(command.corrected(), period));
        requireNotWithdrawn();
        requireRecorded(start != null, "experiment.start-not-recorded", "No start is recorded on this experiment.");
        LocalDate startedOn = command.corrected().startedOn();
        requireNotBefore(startedOn, approvedOn(), "experiment.start-after-approval",
                "An experiment cannot start (" + startedOn + ") before it was approved (" + approvedOn() + ").");
        requireNotAfter(startedOn, concludedOn(), "experiment.conclude-after-start", "start-corrected",
                "The start on " + startedOn + " would lie after the conclusion (" + concludedOn() + ").");
        requireNotAfter(startedOn, cancelledOn(), "experiment.cancel-after-last-step", "start-corrected",
                "The start on " + startedOn + " would lie after the cancellation (" + cancelledOn() + ").");
        current(activities).filter(activity -> activity.occurredOn().isBefore(startedOn)).findFirst()
                .ifPresent(activity -> breaks("experiment.activity-within-life", "start-corrected", "activity "
                        + activity.activityId() + " (" + activity.title() + ") on " + activity.occurredOn()
                        + " would lie before the start", activity.title(), activity.occurredOn()));
        current(learnings).filter(learning -> learning.recordedOn().isBefore(startedOn)).findFirst()
                .ifPresent(learning -> breaks("learning.recorded-after-start", "start-corrected", "learning "
                        + learning.learningId() + " recorded on " + learning.recordedOn() + " would lie before the start",
                        learning.learningId(), learning.recordedOn()));
        current(initiatives).filter(initiative -> initiative.recordedOn().isBefore(startedOn)).findFirst()
                .ifPresent(initiative -> breaks("initiative.recorded-after-start", "start-corrected", "initiative "
                        + initiative.initiativeId() + " recorded on " + initiative.recordedOn() + " would lie before the start",
                        initiative.title(), initiative.recordedOn()));
        if (!startedOn.equals(startedOn())) {
            apply(new StartCorrected(experimentId, new ExperimentStarted(experimentId, startedOn), command.reason().strip()));
        }
    }

    @CommandHandler
    void handle(CorrectConclusion command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.checkReason(command.reason(), () -> ExperimentContent.check(command.corrected(), period));
        requireNotWithdrawn();
        requireRecorded(conclusion != null, "experiment.conclusion-not-recorded",
                "No conclusion is recorded on this experiment.");
        LocalDate concludedOn = command.corrected().concludedOn();
        requireNotBefore(concludedOn, startedOn(), "experiment.conclude-after-start",
                "An experiment cannot be concluded (" + concludedOn + ") before it started (" + startedOn() + ").");
        current(activities).filter(activity -> activity.occurredOn().isAfter(concludedOn)).findFirst()
                .ifPresent(activity -> breaks("experiment.activity-within-life", "conclusion-corrected", "activity "
                        + activity.activityId() + " (" + activity.title() + ") on " + activity.occurredOn()
                        + " would lie after the conclusion", activity.title(), activity.occurredOn()));
        ExperimentConcluded concluded = ExperimentContent.concluded(experimentId, command.corrected());
        if (!concluded.equals(conclusion)) {
            apply(new ConclusionCorrected(experimentId, concluded, command.reason().strip()));
        }
    }

    @CommandHandler
    void handle(CorrectCancellation command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        ExperimentContent.checkReason(command.reason(), () -> ExperimentContent.check(command.corrected(), period));
        requireNotWithdrawn();
        requireRecorded(cancellation != null, "experiment.cancellation-not-recorded",
                "No cancellation is recorded on this experiment.");
        LocalDate cancelledOn = command.corrected().cancelledOn();
        LocalDate latestDate = startedOn() != null ? startedOn() : approvedOn();
        requireNotBefore(cancelledOn, latestDate, "experiment.cancel-after-last-step",
                "An experiment cannot be cancelled (" + cancelledOn + ") before its last step (" + latestDate + ").");
        ExperimentCancelled cancelled = new ExperimentCancelled(experimentId, cancelledOn,
                command.corrected().reason().strip());
        if (!cancelled.equals(cancellation)) {
            apply(new CancellationCorrected(experimentId, cancelled, command.reason().strip()));
        }
    }

    @CommandHandler
    void handle(CorrectActivity command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        LogActivity corrected = command.corrected();
        ExperimentContent.checkReason(command.reason(), () -> ExperimentContent.check(corrected, period));
        requireNotWithdrawn();
        ActivityLogged current = entry(activities, corrected.activityId(), "activity");
        requireWithinLife(corrected.occurredOn(), "experiment.activity-within-life", "An activity");
        ActivityLogged logged = ExperimentContent.activityLogged(new LogActivity(experimentId, null,
                corrected.activityId(), corrected.title(), corrected.kind(), corrected.occurredOn(), corrected.channel(),
                corrected.startsAt(), corrected.durationMinutes(), corrected.localArea(), corrected.participants(),
                corrected.councilMembersPresent(), corrected.staffPresent(), corrected.departments(), corrected.costs(),
                corrected.feedback()));
        if (!logged.equals(current)) {
            apply(new ActivityCorrected(experimentId, logged, command.reason().strip()));
        }
    }

    @CommandHandler
    void handle(CorrectLearning command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        RecordLearning corrected = command.corrected();
        ExperimentContent.checkReason(command.reason(), () -> ExperimentContent.check(corrected, period));
        requireNotWithdrawn();
        LearningRecorded current = entry(learnings, corrected.learningId(), "learning");
        requireActivityOfThisExperiment(corrected.activityId());
        requireNotBefore(corrected.recordedOn(), startedOn(), "learning.recorded-after-start",
                "A learning cannot be recorded (" + corrected.recordedOn() + ") before the experiment started (" + startedOn() + ").");
        LearningRecorded recorded = ExperimentContent.learningRecorded(new RecordLearning(experimentId, null,
                corrected.learningId(), corrected.criterion(), corrected.insight(), corrected.evidence(),
                corrected.knowledgeKinds(), corrected.assessment(), corrected.activityId(), corrected.recordedOn()));
        if (!recorded.equals(current)) {
            apply(new LearningCorrected(experimentId, recorded, command.reason().strip()));
        }
    }

    @CommandHandler
    void handle(CorrectInitiative command, ProgrammePeriod period) {
        requireVersion(command.expectedVersion());
        RecordInitiative corrected = command.corrected();
        ExperimentContent.checkReason(command.reason(), () -> ExperimentContent.check(corrected, period));
        requireNotWithdrawn();
        InitiativeRecorded current = entry(initiatives, corrected.initiativeId(), "initiative");
        requireNotBefore(corrected.recordedOn(), startedOn(), "initiative.recorded-after-start",
                "An initiative cannot be recorded (" + corrected.recordedOn() + ") before the experiment started (" + startedOn() + ").");
        InitiativeRecorded recorded = ExperimentContent.initiativeRecorded(new RecordInitiative(experimentId, null,
                corrected.initiativeId(), corrected.title(), corrected.initiator(), corrected.supportKinds(),
                corrected.supportHours(), corrected.fundingDkk(), corrected.status(), corrected.recordedOn()));
        if (!recorded.equals(current)) {
            apply(new InitiativeCorrected(experimentId, recorded, command.reason().strip()));
        }
    }

    // Withdrawals: an entry recorded by mistake, and why.

    @CommandHandler
    void handle(WithdrawExperiment command, ProgrammeDirectory directory) {
        requireVersion(command.expectedVersion());
        ExperimentContent.checkReason(command.reason(), () -> { });
        requireNotWithdrawn();
        current(learnings).filter(learning -> directory.learningCited(learning.learningId())).findFirst()
                .ifPresent(learning -> breaks("learning.cited-by-recommendation", "experiment-withdrawn", "learning "
                        + learning.learningId() + " of this experiment is what a recommendation rests on; correct or "
                        + "withdraw the recommendation first", learning.learningId()));
        apply(new ExperimentWithdrawn(experimentId, command.reason().strip()));
    }

    @CommandHandler
    void handle(WithdrawActivity command) {
        requireVersion(command.expectedVersion());
        ExperimentContent.checkReason(command.reason(), () -> { });
        requireNotWithdrawn();
        entry(activities, command.activityId(), "activity");
        current(learnings).filter(learning -> command.activityId().equals(learning.activityId())).findFirst()
                .ifPresent(learning -> breaks("learning.activity-of-same-experiment", "activity-withdrawn", "learning "
                        + learning.learningId() + " refers to this activity; correct or withdraw the learning first",
                        learning.learningId()));
        apply(new ActivityWithdrawn(experimentId, command.activityId(), command.reason().strip()));
    }

    @CommandHandler
    void handle(WithdrawLearning command, ProgrammeDirectory directory) {
        requireVersion(command.expectedVersion());
        ExperimentContent.checkReason(command.reason(), () -> { });
        requireNotWithdrawn();
        entry(learnings, command.learningId(), "learning");
        if (directory.learningCited(command.learningId())) {
            breaks("learning.cited-by-recommendation", "learning-withdrawn", "a recommendation rests on this learning; "
                    + "correct or withdraw the recommendation first");
        }
        apply(new LearningWithdrawn(experimentId, command.learningId(), command.reason().strip()));
    }

    @CommandHandler
    void handle(WithdrawInitiative command) {
        requireVersion(command.expectedVersion());
        ExperimentContent.checkReason(command.reason(), () -> { });
        requireNotWithdrawn();
        entry(initiatives, command.initiativeId(), "initiative");
        apply(new InitiativeWithdrawn(experimentId, command.initiativeId(), command.reason().strip()));
    }

    /** A stale expected version is answered before any rule: the sender decided on a state that has since changed. */
    private void requireVersion(Long expectedVersion) {
        Versions.requireExpected(experimentId, expectedVersion);
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new RuleViolatedException("experiment.withdrawn",
                    "This experiment was withdrawn as recorded by mistake; nothing can be added to it, corrected or withdrawn.");
        }
    }

    private void requireStatus(ExperimentStatus required, String rule, String message) {
        if (status != required) {
            throw new RuleViolatedException(rule, message, rule, status);
        }
    }

    private static void requireRecorded(boolean recorded, String rule, String message) {
        if (!recorded) {
            throw new RuleViolatedException(rule, message);
        }
    }

    private static void requireNotBefore(LocalDate date, LocalDate earliest, String rule, String message) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new RuleViolatedException(rule, message, rule, date, earliest);
        }
    }

    /** A corrected date that would lie after a later step's; {@code corrected} names the case (approval, start). */
    private static void requireNotAfter(LocalDate date, LocalDate latest, String rule, String corrected, String message) {
        if (latest != null && date.isAfter(latest)) {
            throw new RuleViolatedException(rule, message, rule + "." + corrected, date, latest);
        }
    }

    /**
     * A correction or withdrawal that would make a later fact wrong: refused, naming that fact; {@code change} names
     * the case (start-corrected, activity-withdrawn …) and the arguments the fact's id and dates.
     */
    private static void breaks(String rule, String change, String fact, Object... arguments) {
        throw new RuleViolatedException(rule, "Not possible: " + fact + ".", rule + "." + change, arguments);
    }

    /** Nothing is added to a cancelled experiment, and records start once the experiment has started. */
    private void requireOpenForRecords(String what, String kind) {
        if (status == ExperimentStatus.CANCELLED) {
            throw new RuleViolatedException("experiment.nothing-added-when-cancelled",
                    what + " cannot be added to a cancelled experiment.", "experiment.nothing-added-when-cancelled." + kind);
        }
        if (status == ExperimentStatus.PROPOSED || status == ExperimentStatus.APPROVED) {
            throw new RuleViolatedException("experiment.records-after-start",
                    what + " can only be added once the experiment has started; this one is " + describe(status) + ".",
                    "experiment.records-after-start." + kind, status);
        }
    }

    /** Logging after the fact is normal: the date must lie between start and conclusion, whenever it is recorded. */
    private void requireWithinLife(LocalDate date, String rule, String what) {
        if (date.isBefore(startedOn())) {
            throw new RuleViolatedException(rule, what + " on " + date + " lies before the experiment started ("
                    + startedOn() + ").", rule + ".before-start", date, startedOn());
        }
        if (concludedOn() != null && date.isAfter(concludedOn())) {
            throw new RuleViolatedException(rule, what + " on " + date + " lies after the experiment was concluded ("
                    + concludedOn() + ").", rule + ".after-conclusion", date, concludedOn());
        }
    }

    private void requireActivityOfThisExperiment(String activityId) {
        if (activityId != null && (!activities.containsKey(activityId) || withdrawnEntries.contains(activityId))) {
            throw new RuleViolatedException("learning.activity-of-same-experiment",
                    "A learning can only refer to an activity of the same experiment; activity " + activityId
                            + " is not logged on this experiment.", "learning.activity-of-same-experiment", activityId);
        }
    }

    private static void requireNotRecordedBefore(boolean recorded, String id, String what) {
        if (recorded) {
            throw new RuleViolatedException(what + ".recorded-once",
                    "The " + what + " " + id + " has already been recorded on this experiment.", what + ".recorded-once", id);
        }
    }

    /** The current version of an entry to correct or withdraw: 404 when unknown, 409 when withdrawn. */
    private <T> T entry(Map<String, T> entries, String id, String what) {
        T entry = entries.get(id);
        if (entry == null) {
            throw new EntryNotFoundException("No " + what + " " + id + " is recorded on this experiment.");
        }
        if (withdrawnEntries.contains(id)) {
            throw new RuleViolatedException(what + ".withdrawn", "The " + what + " " + id
                    + " was withdrawn as recorded by mistake; it cannot be corrected or withdrawn again.", what + ".withdrawn",
                    id);
        }
        return entry;
    }

    private <T> Stream<T> current(Map<String, T> entries) {
        return entries.entrySet().stream().filter(entry -> !withdrawnEntries.contains(entry.getKey()))
                .sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
    }

    private LocalDate approvedOn() {
        return approval == null ? null : approval.approvedOn();
    }

    private LocalDate startedOn() {
        return start == null ? null : start.startedOn();
    }

    private LocalDate concludedOn() {
        return conclusion == null ? null : conclusion.concludedOn();
    }

    private LocalDate cancelledOn() {
        return cancellation == null ? null : cancellation.cancelledOn();
    }

    private static String describe(ExperimentStatus status) {
        return status.name().toLowerCase();
    }

    @EventSourcingHandler
    void on(ExperimentRegistered event) {
        experimentId = event.experimentId();
        status = ExperimentStatus.PROPOSED;
        registration = event;
    }

    @EventSourcingHandler
    void on(ExperimentApproved event) {
        status = ExperimentStatus.APPROVED;
        approval = event;
    }

    @EventSourcingHandler
    void on(ExperimentStarted event) {
        status = ExperimentStatus.RUNNING;
        start = event;
    }

    @EventSourcingHandler
    void on(ExperimentConcluded event) {
        status = ExperimentStatus.CONCLUDED;
        conclusion = event;
    }

    @EventSourcingHandler
    void on(ExperimentCancelled event) {
        status = ExperimentStatus.CANCELLED;
        cancellation = event;
    }

    @EventSourcingHandler
    void on(ActivityLogged event) {
        activities.put(event.activityId(), event);
    }

    @EventSourcingHandler
    void on(LearningRecorded event) {
        learnings.put(event.learningId(), event);
    }

    @EventSourcingHandler
    void on(InitiativeRecorded event) {
        initiatives.put(event.initiativeId(), event);
    }

    @EventSourcingHandler
    void on(RegistrationCorrected event) {
        registration = event.corrected();
    }

    @EventSourcingHandler
    void on(ApprovalCorrected event) {
        approval = event.corrected();
    }

    @EventSourcingHandler
    void on(StartCorrected event) {
        start = event.corrected();
    }

    @EventSourcingHandler
    void on(ConclusionCorrected event) {
        conclusion = event.corrected();
    }

    @EventSourcingHandler
    void on(CancellationCorrected event) {
        cancellation = event.corrected();
    }

    @EventSourcingHandler
    void on(ActivityCorrected event) {
        activities.put(event.corrected().activityId(), event.corrected());
    }

    @EventSourcingHandler
    void on(LearningCorrected event) {
        learnings.put(event.corrected().learningId(), event.corrected());
    }

    @EventSourcingHandler
    void on(InitiativeCorrected event) {
        initiatives.put(event.corrected().initiativeId(), event.corrected());
    }

    @EventSourcingHandler
    void on(ExperimentWithdrawn event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(ActivityWithdrawn event) {
        withdrawnEntries.add(event.activityId());
    }

    @EventSourcingHandler
    void on(LearningWithdrawn event) {
        withdrawnEntries.add(event.learningId());
    }

    @EventSourcingHandler
    void on(InitiativeWithdrawn event) {
        withdrawnEntries.add(event.initiativeId());
    }
}
