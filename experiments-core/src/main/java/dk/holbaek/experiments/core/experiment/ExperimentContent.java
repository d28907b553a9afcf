package dk.holbaek.experiments.core.experiment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.holbaek.experiments.core.common.Checks;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ApproveExperiment;
import dk.holbaek.experiments.core.experiment.api.CancelExperiment;
import dk.holbaek.experiments.core.experiment.api.ConcludeExperiment;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.LogActivity;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.RecordInitiative;
import dk.holbaek.experiments.core.experiment.api.RecordLearning;
import dk.holbaek.experiments.core.experiment.api.RegisterExperiment;
import dk.holbaek.experiments.core.experiment.api.StartExperiment;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;

/**
 * The rules about what a command may contain, whatever state the experiment is in. Every problem is named by
 * the field it concerns, and all of them are reported together.
 */
final class ExperimentContent {

    static final int LOWEST_ASSESSMENT = -2;
    static final int HIGHEST_ASSESSMENT = 2;

    private ExperimentContent() {
    }

    static void check(RegisterExperiment c) {
        new Checks()
                .require(hasText(c.title()), "title", "must not be blank")
                .require(hasText(c.hypothesis()), "hypothesis", "must not be blank")
                .require(c.method() != null, "method", "must be given")
                .require(c.role() != null, "role", "must be given")
                .require(c.insightAreas() != null && !c.insightAreas().isEmpty(), "insightAreas",
                        "must name at least one insight area")
                .require(noNulls(c.insightAreas()), "insightAreas", "must not contain null")
                .require(noNulls(c.targetGroups()), "targetGroups", "must not contain null")
                .require(c.plannedStart() == null || c.plannedEnd() == null || !c.plannedEnd().isBefore(c.plannedStart()),
                        "plannedEnd", "must not lie before plannedStart")
                .throwIfAny();
    }

    static void check(ApproveExperiment c) {
        new Checks()
                .require(c.approvedOn() != null, "approvedOn", "must be given")
                .notNegative(c.budgetDkk(), "budgetDkk")
                .kroner(c.budgetDkk(), "budgetDkk")
                .throwIfAny();
    }

    static void check(StartExperiment c) {
        new Checks().require(c.startedOn() != null, "startedOn", "must be given").throwIfAny();
    }

    static void check(ConcludeExperiment c) {
        new Checks()
                .require(c.concludedOn() != null, "concludedOn", "must be given")
                .require(hasText(c.summary()), "summary", "must not be blank")
                .throwIfAny();
    }

    static void check(CancelExperiment c) {
        new Checks()
                .require(c.cancelledOn() != null, "cancelledOn", "must be given")
                .require(hasText(c.reason()), "reason", "must not be blank")
                .throwIfAny();
    }

    static void check(LogActivity c) {
        Checks checks = new Checks()
                .require(hasText(c.activityId()), "activityId", "must be given")
                .require(hasText(c.title()), "title", "must not be blank")
                .require(c.kind() != null, "kind", "must be given")
                .require(c.occurredOn() != null, "occurredOn", "must be given")
                .require(c.channel() != null, "channel", "must be given")
                .require(c.durationMinutes() == null || c.durationMinutes() > 0, "durationMinutes", "must be at least 1 minute")
                .notNegative(c.councilMembersPresent(), "councilMembersPresent")
                .notNegative(c.staffPresent(), "staffPresent")
                .require(c.departments() == null || c.departments().stream().allMatch(ExperimentContent::hasText),
                        "departments", "must not contain blank names")
                .require(c.participants() != null, "participants", "must be given");
        if (c.participants() != null) {
            checkParticipants(c.participants(), checks);
        }
        List<Cost> costs = c.costs() == null ? List.of() : c.costs();
        for (int i = 0; i < costs.size(); i++) {
            Cost cost = costs.get(i);
            String field = "costs[" + i + "]";
            checks.require(cost != null, field, "must not be null");
            if (cost != null) {
                checks.require(cost.category() != null, field + ".category", "must be given")
                        .require(cost.amountDkk() != null, field + ".amountDkk", "must be given")
                        .notNegative(cost.amountDkk(), field + ".amountDkk")
                        .kroner(cost.amountDkk(), field + ".amountDkk");
            }
        }
        Feedback feedback = c.feedback();
        if (feedback != null) {
            checks.require(feedback.respondents() != null, "feedback.respondents", "must be given")
                    .require(feedback.foundMeaningful() != null, "feedback.foundMeaningful", "must be given")
                    .notNegative(feedback.respondents(), "feedback.respondents")
                    .notNegative(feedback.foundMeaningful(), "feedback.foundMeaningful")
                    .require(feedback.respondents() == null || feedback.respondents() < 0 || feedback.foundMeaningful() == null
                                    || feedback.foundMeaningful() <= feedback.respondents(), "feedback.foundMeaningful",
                            "cannot exceed the number of respondents (" + feedback.respondents() + ")");
        }
        checks.throwIfAny();
    }

    private static void checkParticipants(Participants p, Checks checks) {
        checks.require(p.total() != null, "participants.total", "must be given")
                .notNegative(p.total(), "participants.total")
                .notNegative(p.businesses(), "participants.businesses")
                .notNegative(p.organisations(), "participants.organisations");
        for (Map.Entry<TargetGroup, Integer> group : p.byGroup().entrySet()) {
            String field = "participants.byGroup." + group.getKey();
            checks.require(group.getValue() != null, field, "must be a count").notNegative(group.getValue(), field);
        }
        checks.require(p.total() == null || p.total() < 0 || p.notedInGroups() <= p.total(), "participants.byGroup",
                "the groups add up to " + p.notedInGroups() + ", more than the " + p.total() + " participants in total");
    }

    static void check(RecordLearning c) {
        new Checks()
                .require(hasText(c.learningId()), "learningId", "must be given")
                .require(c.criterion() != null, "criterion", "must be given")
                .require(hasText(c.insight()), "insight", "must not be blank")
                .require(noNulls(c.knowledgeKinds()), "knowledgeKinds", "must not contain null")
                .require(c.assessment() != null, "assessment", "must be given")
                .require(c.assessment() == null || (c.assessment() >= LOWEST_ASSESSMENT && c.assessment() <= HIGHEST_ASSESSMENT),
                        "assessment",
                        "must be a whole number from " + LOWEST_ASSESSMENT + " to +" + HIGHEST_ASSESSMENT)
                .require(c.recordedOn() != null, "recordedOn", "must be given")
                .throwIfAny();
    }

    static void check(RecordInitiative c) {
        new Checks()
                .require(hasText(c.initiativeId()), "initiativeId", "must be given")
                .require(hasText(c.title()), "title", "must not be blank")
                .require(c.initiator() != null, "initiator", "must be given")
                .require(c.supportKinds() != null && !c.supportKinds().isEmpty(), "supportKinds",
                        "must name at least one kind of support")
                .require(noNulls(c.supportKinds()), "supportKinds", "must not contain null")
                .notNegative(c.supportHours(), "supportHours")
                .notNegative(c.fundingDkk(), "fundingDkk")
                .kroner(c.fundingDkk(), "fundingDkk")
                .require(c.status() != null, "status", "must be given")
                .require(c.recordedOn() != null, "recordedOn", "must be given")
                .throwIfAny();
    }

    static ActivityLogged activityLogged(LogActivity c) {
        return new ActivityLogged(c.experimentId(), c.activityId(), c.title().strip(), c.kind(), c.occurredOn(),
                c.channel(), c.startsAt(), c.durationMinutes(), blankToNull(c.localArea()), c.participants(),
                zeroIfNull(c.councilMembersPresent()), zeroIfNull(c.staffPresent()),
                c.departments() == null ? List.of() : c.departments().stream().map(String::strip).distinct().sorted().toList(),
                c.costs() == null ? List.of() : List.copyOf(c.costs()), c.feedback());
    }

    static <T extends Comparable<? super T>> List<T> distinctSorted(Collection<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    static String blankToNull(String text) {
        return hasText(text) ? text.strip() : null;
    }

    private static int zeroIfNull(Integer count) {
        return count == null ? 0 : count;
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static boolean noNulls(Collection<?> values) {
        return values == null || values.stream().allMatch(Objects::nonNull);
    }

}
