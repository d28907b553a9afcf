package dk.holbaek.experiments.query.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentEvent;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;

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
    private final List<ActivityLogged> activities = new ArrayList<>();
    private final List<LearningRecorded> learnings = new ArrayList<>();
    private final List<InitiativeRecorded> initiatives = new ArrayList<>();
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
            activities.add(e);
        } else if (event instanceof LearningRecorded e) {
            learnings.add(e);
        } else if (event instanceof InitiativeRecorded e) {
            initiatives.add(e);
        }
        version = sequenceNumber;
        return this;
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
                cancellation == null ? null : cancellation.cancelledOn(), cancellation == null ? null : cancellation.reason(),
                List.copyOf(activities), List.copyOf(learnings), List.copyOf(initiatives), version);
    }
}
