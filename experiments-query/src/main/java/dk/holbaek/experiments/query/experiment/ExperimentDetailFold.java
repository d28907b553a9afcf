package dk.holbaek.experiments.query.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.holbaek.experiments.core.experiment.api.ActivityCorrected;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ActivityWithdrawn;
import dk.holbaek.experiments.core.experiment.api.ApprovalCorrected;
import dk.holbaek.experiments.core.experiment.api.CancellationCorrected;
import dk.holbaek.experiments.core.experiment.api.ConclusionCorrected;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentEvent;
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
import dk.holbaek.experiments.core.experiment.api.RegistrationCorrected;
import dk.holbaek.experiments.core.experiment.api.StartCorrected;

/**
 * Folds one experiment's events, in order, into its {@link ExperimentDetail}. Plain Java: no storage, no clock.
 */
public final class ExperimentDetailFold {

    private ExperimentRegistered registration;
    private ExperimentStatus status;
    private LocalDate approvedOn;
    private BigDecimal budgetDkk;
    private LocalDate startedOn;
    private ExperimentConcluded conclusion;
    private ExperimentCancelled cancellation;
    private final Map<String, ExperimentDetail.Activity> activities = new LinkedHashMap<>();
    private final Map<String, ExperimentDetail.Learning> learnings = new LinkedHashMap<>();
    private final Map<String, ExperimentDetail.Initiative> initiatives = new LinkedHashMap<>();
    private String withdrawalReason;
    private long version = -1;

    public ExperimentDetailFold apply(ExperimentEvent event, long sequenceNumber) {
        if (event instanceof ExperimentRegistered e) {
            registration = e;
            status = ExperimentStatus.PROPOSED;
        } else if (event instanceof ExperimentApproved e) {
            status = ExperimentStatus.APPROVED;
            approvedOn = e.approvedOn();
            budgetDkk = e.budgetDkk();
        } else if (event instanceof ExperimentStarted e) {
            status = ExperimentStatus.RUNNING;
            startedOn = e.startedOn();
        } else if (event instanceof ExperimentConcluded e) {
            status = ExperimentStatus.CONCLUDED;
            conclusion = e;
        } else if (event instanceof ExperimentCancelled e) {
            status = ExperimentStatus.CANCELLED;
            cancellation = e;
        } else if (event instanceof ActivityLogged e) {
            activities.put(e.activityId(), ExperimentDetail.Activity.of(e));
        } else if (event instanceof LearningRecorded e) {
            learnings.put(e.learningId(), ExperimentDetail.Learning.of(e));
        } else if (event instanceof InitiativeRecorded e) {
            initiatives.put(e.initiativeId(), ExperimentDetail.Initiative.of(e));
        } else {
            correction(event);
        }
        version = sequenceNumber;
        return this;
    }

    /** A correction replaces what it corrects; a withdrawal takes the entry out. */
    private void correction(ExperimentEvent event) {
        if (event instanceof RegistrationCorrected e) {
            registration = e.corrected();
        } else if (event instanceof ApprovalCorrected e) {
            approvedOn = e.corrected().approvedOn();
            budgetDkk = e.corrected().budgetDkk();
        } else if (event instanceof StartCorrected e) {
            startedOn = e.corrected().startedOn();
        } else if (event instanceof ConclusionCorrected e) {
            conclusion = e.corrected();
        } else if (event instanceof CancellationCorrected e) {
            cancellation = e.corrected();
        } else if (event instanceof ActivityCorrected e) {
            activities.put(e.corrected().activityId(), ExperimentDetail.Activity.of(e.corrected()));
        } else if (event instanceof LearningCorrected e) {
            learnings.put(e.corrected().learningId(), ExperimentDetail.Learning.of(e.corrected()));
        } else if (event instanceof InitiativeCorrected e) {
            initiatives.put(e.corrected().initiativeId(), ExperimentDetail.Initiative.of(e.corrected()));
        } else if (event instanceof ActivityWithdrawn e) {
            activities.remove(e.activityId());
        } else if (event instanceof LearningWithdrawn e) {
            learnings.remove(e.learningId());
        } else if (event instanceof InitiativeWithdrawn e) {
            initiatives.remove(e.initiativeId());
        } else if (event instanceof ExperimentWithdrawn e) {
            withdrawalReason = e.reason();
        } else {
            // a new kind of experiment event must be taught to this fold, not left out of the experiment's detail
            throw new IllegalArgumentException("the experiment's detail cannot fold "
                    + event.getClass().getSimpleName());
        }
    }

    /** Whether the events folded so far began with a registration, i.e. describe an experiment. */
    public boolean isExperiment() {
        return registration != null;
    }

    public ExperimentDetail detail() {
        if (registration == null) {
            throw new IllegalStateException("no experiment was registered in the events folded");
        }
        return new ExperimentDetail(registration.experimentId(), registration.title(), registration.hypothesis(),
                registration.method(), registration.role(), registration.insightAreas(), registration.targetGroups(),
                registration.localArea(), registration.plannedStart(), registration.plannedEnd(), registration.owner(),
                status, approvedOn, budgetDkk, startedOn,
                conclusion == null ? null : conclusion.concludedOn(), conclusion == null ? null : conclusion.summary(),
                conclusion == null ? null : conclusion.hypothesisOutcome(),
                conclusion == null ? null : conclusion.hypothesisReason(),
                cancellation == null ? null : cancellation.cancelledOn(), cancellation == null ? null : cancellation.reason(),
                List.copyOf(activities.values()), List.copyOf(learnings.values()), List.copyOf(initiatives.values()),
                withdrawalReason != null, withdrawalReason, version);
    }
}
