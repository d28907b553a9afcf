package dk.holbaek.experiments.core.experiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.holbaek.experiments.core.common.Checks;
import dk.holbaek.experiments.core.common.Limits;
import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ApproveExperiment;
import dk.holbaek.experiments.core.experiment.api.CancelExperiment;
import dk.holbaek.experiments.core.experiment.api.ConcludeExperiment;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.LogActivity;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.RecordInitiative;
import dk.holbaek.experiments.core.experiment.api.RecordLearning;
import dk.holbaek.experiments.core.experiment.api.RegisterExperiment;
import dk.holbaek.experiments.core.experiment.api.StartExperiment;
import dk.holbaek.experiments.core.experiment.api.SupportKind;
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

    static void check(RegisterExperiment c, ProgrammePeriod period) {
        new Checks()
                .shortText(c.title(), "title", true)
                .longText(c.hypothesis(), "hypothesis", true)
                .require(c.method() != null, "method", "must be given")
                .require(c.role() != null, "role", "must be given")
                .require(c.insightAreas() != null && !c.insightAreas().isEmpty(), "insightAreas",
                        "must name at least one insight area")
                .list(c.insightAreas(), "insightAreas", InsightArea.values().length)
                .list(c.targetGroups(), "targetGroups", TargetGroup.values().length)
                .shortText(c.localArea(), "localArea", false)
                .shortText(c.owner(), "owner", false)
                .date(c.plannedStart(), "plannedStart", period, false, false)
                .date(c.plannedEnd(), "plannedEnd", period, false, false)
                .require(c.plannedStart() == null || c.plannedEnd() == null || !c.plannedEnd().isBefore(c.plannedStart()),
                        "plannedEnd", "must not lie before plannedStart")
                .throwIfAny();
    }

    static void check(ApproveExperiment c, ProgrammePeriod period) {
        new Checks()
                .date(c.approvedOn(), "approvedOn", period, true, true)
                .kroner(c.budgetDkk(), "budgetDkk")
                .throwIfAny();
    }

    static void check(StartExperiment c, ProgrammePeriod period) {
        new Checks().date(c.startedOn(), "startedOn", period, true, true).throwIfAny();
    }

    static void check(ConcludeExperiment c, ProgrammePeriod period) {
        new Checks()
                .date(c.concludedOn(), "concludedOn", period, true, true)
                .longText(c.summary(), "summary", true)
                .throwIfAny();
    }

    static void check(CancelExperiment c, ProgrammePeriod period) {
        new Checks()
                .date(c.cancelledOn(), "cancelledOn", period, true, true)
                .longText(c.reason(), "reason", true)
                .throwIfAny();
    }

    static void check(LogActivity c, ProgrammePeriod period) {
        Checks checks = new Checks()
                .identifier(c.activityId(), "activityId")
                .shortText(c.title(), "title", true)
                .require(c.kind() != null, "kind", "must be given")
                .date(c.occurredOn(), "occurredOn", period, true, true)
                .require(c.channel() != null, "channel", "must be given")
                .require(c.durationMinutes() == null || c.durationMinutes() > 0, "durationMinutes", "must be at least 1 minute")
                .require(c.durationMinutes() == null || c.durationMinutes() <= Limits.DURATION_MINUTES, "durationMinutes",
                        "must be at most " + Limits.DURATION_MINUTES + " minutes (a week)")
                .shortText(c.localArea(), "localArea", false)
                .count(c.councilMembersPresent(), "councilMembersPresent", Limits.COUNT)
                .count(c.staffPresent(), "staffPresent", Limits.COUNT)
                .list(c.departments(), "departments", Limits.SMALL_LIST)
                .list(c.costs(), "costs", Limits.SMALL_LIST)
                .require(c.participants() != null, "participants", "must be given");
        List<String> departments = c.departments() == null || c.departments().size() > Limits.SMALL_LIST ? List.of()
                : c.departments();
        for (int i = 0; i < departments.size(); i++) {
            checks.shortText(departments.get(i), "departments[" + i + "]", true);
        }
        if (c.participants() != null) {
            checkParticipants(c.participants(), checks);
        }
        List<Cost> costs = c.costs() == null || c.costs().size() > Limits.SMALL_LIST ? List.of() : c.costs();
        for (int i = 0; i < costs.size(); i++) {
            Cost cost = costs.get(i);
            String field = "costs[" + i + "]";
            if (cost != null) {
                checks.require(cost.category() != null, field + ".category", "must be given")
                        .require(cost.amountDkk() != null, field + ".amountDkk", "must be given")
                        .kroner(cost.amountDkk(), field + ".amountDkk");
            }
        }
        Feedback feedback = c.feedback();
        if (feedback != null) {
            checks.require(feedback.respondents() != null, "feedback.respondents", "must be given")
                    .require(feedback.foundMeaningful() != null, "feedback.foundMeaningful", "must be given")
                    .count(feedback.respondents(), "feedback.respondents", Limits.COUNT)
                    .count(feedback.foundMeaningful(), "feedback.foundMeaningful", Limits.COUNT)
                    .require(feedback.respondents() == null || feedback.respondents() < 0 || feedback.foundMeaningful() == null
                                    || feedback.foundMeaningful() <= feedback.respondents(), "feedback.foundMeaningful",
                            "cannot exceed the number of respondents (" + feedback.respondents() + ")");
        }
        checks.throwIfAny();
    }

    private static void checkParticipants(Participants p, Checks checks) {
        checks.require(p.total() != null, "participants.total", "must be given")
                .count(p.total(), "participants.total", Limits.COUNT)
                .count(p.businesses(), "participants.businesses", Limits.COUNT)
                .count(p.organisations(), "participants.organisations", Limits.COUNT);
        for (Map.Entry<TargetGroup, Integer> group : p.byGroup().entrySet()) {
            String field = "participants.byGroup." + group.getKey();
            checks.require(group.getValue() != null, field, "must be a count").count(group.getValue(), field, Limits.COUNT);
        }
        checks.require(p.total() == null || p.total() < 0 || p.notedInGroups() <= p.total(), "participants.byGroup",
                "the groups add up to " + p.notedInGroups() + ", more than the " + p.total() + " participants in total");
    }

    static void check(RecordLearning c, ProgrammePeriod period) {
        new Checks()
                .identifier(c.learningId(), "learningId")
                .require(c.criterion() != null, "criterion", "must be given")
                .longText(c.insight(), "insight", true)
                .longText(c.evidence(), "evidence", false)
                .list(c.knowledgeKinds(), "knowledgeKinds", KnowledgeKind.values().length)
                .require(c.assessment() != null, "assessment", "must be given")
                .require(c.assessment() == null || (c.assessment() >= LOWEST_ASSESSMENT && c.assessment() <= HIGHEST_ASSESSMENT),
                        "assessment",
                        "must be a whole number from " + LOWEST_ASSESSMENT + " to +" + HIGHEST_ASSESSMENT)
                .require(c.activityId() == null || c.activityId().length() <= Limits.IDENTIFIER, "activityId",
                        "must be at most " + Limits.IDENTIFIER + " characters long")
                .date(c.recordedOn(), "recordedOn", period, true, true)
                .throwIfAny();
    }

    static void check(RecordInitiative c, ProgrammePeriod period) {
        new Checks()
                .identifier(c.initiativeId(), "initiativeId")
                .shortText(c.title(), "title", true)
                .require(c.initiator() != null, "initiator", "must be given")
                .require(c.supportKinds() != null && !c.supportKinds().isEmpty(), "supportKinds",
                        "must name at least one kind of support")
                .list(c.supportKinds(), "supportKinds", SupportKind.values().length)
                .hours(c.supportHours(), "supportHours")
                .kroner(c.fundingDkk(), "fundingDkk")
                .require(c.status() != null, "status", "must be given")
                .date(c.recordedOn(), "recordedOn", period, true, true)
                .throwIfAny();
    }

    static ActivityLogged activityLogged(LogActivity c) {
        return new ActivityLogged(c.experimentId(), c.activityId(), c.title().strip(), c.kind(), c.occurredOn(),
                c.channel(), c.startsAt(), c.durationMinutes(), blankToNull(c.localArea()), c.participants(),
                zeroIfNull(c.councilMembersPresent()), zeroIfNull(c.staffPresent()),
                c.departments() == null ? List.of() : c.departments().stream().map(String::strip).distinct().sorted().toList(),
                c.costs() == null ? List.of() : List.copyOf(c.costs()), c.feedback());
    }

    static ExperimentRegistered registered(RegisterExperiment c) {
        return new ExperimentRegistered(c.experimentId(), c.title().strip(), c.hypothesis().strip(), c.method(), c.role(),
                distinctSorted(c.insightAreas()), distinctSorted(c.targetGroups()), blankToNull(c.localArea()),
                c.plannedStart(), c.plannedEnd(), blankToNull(c.owner()));
    }

    static LearningRecorded learningRecorded(RecordLearning c) {
        return new LearningRecorded(c.experimentId(), c.learningId(), c.criterion(), c.insight().strip(),
                blankToNull(c.evidence()), distinctSorted(c.knowledgeKinds()), c.assessment(), c.activityId(),
                c.recordedOn());
    }

    static InitiativeRecorded initiativeRecorded(RecordInitiative c) {
        return new InitiativeRecorded(c.experimentId(), c.initiativeId(), c.title().strip(), c.initiator(),
                distinctSorted(c.supportKinds()), c.supportHours(), c.fundingDkk(), c.status(), c.recordedOn());
    }

    /** Why a fact is corrected or withdrawn: a long text that must be given. */
    static void checkReason(String reason, Runnable contentCheck) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            contentCheck.run();
        } catch (InvalidCommandException e) {
            problems.addAll(e.problems());
        }
        try {
            new Checks().longText(reason, "reason", true).throwIfAny();
        } catch (InvalidCommandException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
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

}
