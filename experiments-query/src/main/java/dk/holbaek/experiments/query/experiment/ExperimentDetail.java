package dk.holbaek.experiments.query.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;

/**
 * An experiment as it stands after its events up to {@code version} (the sequence number of its last event,
 * starting at 0 for the registration), with every correction applied and without what was withdrawn; {@code withdrawn}
 * when the experiment itself was withdrawn as recorded by mistake (it then counts nowhere, but can still be read).
 */
public record ExperimentDetail(
        String id,
        String title,
        String hypothesis,
        Method method,
        ExperimentRole role,
        List<InsightArea> insightAreas,
        List<TargetGroup> targetGroups,
        String localArea,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String owner,
        ExperimentStatus status,
        LocalDate approvedOn,
        BigDecimal budgetDkk,
        LocalDate startedOn,
        LocalDate concludedOn,
        String summary,
        LocalDate cancelledOn,
        String cancellationReason,
        List<ActivityLogged> activities,
        List<LearningRecorded> learnings,
        List<InitiativeRecorded> initiatives,
        boolean withdrawn,
        String withdrawalReason,
        long version) {
}
