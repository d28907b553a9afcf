package dk.holbaek.experiments.query.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.HypothesisOutcome;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.Initiator;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.SupportKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;

/**
 * An experiment as it stands after its events up to {@code version} (the sequence number of its last event,
 * starting at 0 for the registration), with every correction applied and without what was withdrawn; {@code withdrawn}
 * when the experiment itself was withdrawn as recorded by mistake (it then counts nowhere, but can still be read).
 * What the API and the pages show: its parts are records of the read side, not the events they were folded from, so
 * that an event can change its form (a new revision, an upcaster) without changing what clients read.
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
        HypothesisOutcome hypothesisOutcome,
        String hypothesisReason,
        LocalDate cancelledOn,
        String cancellationReason,
        List<Activity> activities,
        List<Learning> learnings,
        List<Initiative> initiatives,
        boolean withdrawn,
        String withdrawalReason,
        long version) {

    /** An activity as it stands, with its last correction applied. */
    public record Activity(
            String experimentId,
            String activityId,
            String title,
            ActivityKind kind,
            LocalDate occurredOn,
            Channel channel,
            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime startsAt,
            Integer durationMinutes,
            String localArea,
            Participants participants,
            int councilMembersPresent,
            int staffPresent,
            List<String> departments,
            List<Cost> costs,
            Feedback feedback) {

        static Activity of(ActivityLogged e) {
            return new Activity(e.experimentId(), e.activityId(), e.title(), e.kind(), e.occurredOn(), e.channel(),
                    e.startsAt(), e.durationMinutes(), e.localArea(), e.participants(), e.councilMembersPresent(),
                    e.staffPresent(), e.departments(), e.costs(), e.feedback());
        }
    }

    /** A learning as it stands, with its last correction applied. */
    public record Learning(
            String experimentId,
            String learningId,
            Criterion criterion,
            String insight,
            String evidence,
            List<KnowledgeKind> knowledgeKinds,
            int assessment,
            String activityId,
            LocalDate recordedOn) {

        static Learning of(LearningRecorded e) {
            return new Learning(e.experimentId(), e.learningId(), e.criterion(), e.insight(), e.evidence(),
                    e.knowledgeKinds(), e.assessment(), e.activityId(), e.recordedOn());
        }
    }

    /** A supported initiative as it stands, with its last correction applied. */
    public record Initiative(
            String experimentId,
            String initiativeId,
            String title,
            Initiator initiator,
            List<SupportKind> supportKinds,
            BigDecimal supportHours,
            BigDecimal fundingDkk,
            InitiativeStatus status,
            LocalDate recordedOn) {

        static Initiative of(InitiativeRecorded e) {
            return new Initiative(e.experimentId(), e.initiativeId(), e.title(), e.initiator(), e.supportKinds(),
                    e.supportHours(), e.fundingDkk(), e.status(), e.recordedOn());
        }
    }
}
