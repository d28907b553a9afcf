package dk.holbaek.experiments.api.http.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.HypothesisOutcome;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.Initiator;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.SupportKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;

/**
 * The request bodies of the experiment endpoints, field for field as in the API contract. What they may contain
 * is decided by the commands' rules in the core, which name every bad field.
 */
final class ExperimentRequests {

    private ExperimentRequests() {
    }

    record Register(String title, String hypothesis, Method method, ExperimentRole role, List<InsightArea> insightAreas,
                    List<TargetGroup> targetGroups, String localArea, LocalDate plannedStart, LocalDate plannedEnd,
                    String owner) {
    }

    record Approval(LocalDate approvedOn, BigDecimal budgetDkk) {
    }

    record Start(LocalDate startedOn) {
    }

    /** {@code hypothesisOutcome} and {@code hypothesisReason}: how the hypothesis fared and why (both or neither). */
    record Conclusion(LocalDate concludedOn, String summary, HypothesisOutcome hypothesisOutcome,
                      String hypothesisReason) {
    }

    record Cancellation(LocalDate cancelledOn, String reason) {
    }

    record Activity(String title, ActivityKind kind, LocalDate occurredOn, Channel channel,
                    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime startsAt,
                    Integer durationMinutes, String localArea, Participants participants, Integer councilMembersPresent,
                    Integer staffPresent, List<String> departments, List<Cost> costs, Feedback feedback) {
    }

    record Learning(Criterion criterion, String insight, String evidence, List<KnowledgeKind> knowledgeKinds,
                    Integer assessment, String activityId, LocalDate recordedOn) {
    }

    record Initiative(String title, Initiator initiator, List<SupportKind> supportKinds, BigDecimal supportHours,
                      BigDecimal fundingDkk, InitiativeStatus status, LocalDate recordedOn) {
    }

    // Corrections: the fact's full new version and why; withdrawals: only why.

    record RegistrationCorrection(String title, String hypothesis, Method method, ExperimentRole role,
                                  List<InsightArea> insightAreas, List<TargetGroup> targetGroups, String localArea,
                                  LocalDate plannedStart, LocalDate plannedEnd, String owner, String reason) {
    }

    record ApprovalCorrection(LocalDate approvedOn, BigDecimal budgetDkk, String reason) {
    }

    record StartCorrection(LocalDate startedOn, String reason) {
    }

    record ConclusionCorrection(LocalDate concludedOn, String summary, HypothesisOutcome hypothesisOutcome,
                                String hypothesisReason, String reason) {
    }

    /** {@code cancellationReason}: why the experiment was cancelled; {@code reason}: why the cancellation is corrected. */
    record CancellationCorrection(LocalDate cancelledOn, String cancellationReason, String reason) {
    }

    record ActivityCorrection(String title, ActivityKind kind, LocalDate occurredOn, Channel channel,
                              @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime startsAt,
                              Integer durationMinutes, String localArea, Participants participants,
                              Integer councilMembersPresent, Integer staffPresent, List<String> departments,
                              List<Cost> costs, Feedback feedback, String reason) {
    }

    record LearningCorrection(Criterion criterion, String insight, String evidence, List<KnowledgeKind> knowledgeKinds,
                              Integer assessment, String activityId, LocalDate recordedOn, String reason) {
    }

    record InitiativeCorrection(String title, Initiator initiator, List<SupportKind> supportKinds,
                                BigDecimal supportHours, BigDecimal fundingDkk, InitiativeStatus status,
                                LocalDate recordedOn, String reason) {
    }

    record Withdrawal(String reason) {
    }
}
