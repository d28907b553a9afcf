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
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ApproveExperiment;
import dk.holbaek.experiments.core.experiment.api.CancelExperiment;
import dk.holbaek.experiments.core.experiment.api.ConcludeExperiment;
import dk.holbaek.experiments.core.experiment.api.CorrectActivity;
import dk.holbaek.experiments.core.experiment.api.CorrectApproval;
import dk.holbaek.experiments.core.experiment.api.CorrectCancellation;
import dk.holbaek.experiments.core.experiment.api.CorrectConclusion;
import dk.holbaek.experiments.core.experiment.api.CorrectInitiative;
import dk.holbaek.experiments.core.experiment.api.CorrectLearning;
import dk.holbaek.experiments.core.experiment.api.CorrectRegistration;
import dk.holbaek.experiments.core.experiment.api.CorrectStart;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.ExperimentCommand;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
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
                .require(c.method() != null, "method", Flaw.GIVEN)
                .require(c.role() != null, "role", Flaw.GIVEN)
                .require(c.insightAreas() != null && !c.insightAreas().isEmpty(), "insightAreas", Flaw.NO_INSIGHT_AREA)
                .list(c.insightAreas(), "insightAreas", InsightArea.values().length)
                .list(c.targetGroups(), "targetGroups", TargetGroup.values().length)
                .shortText(c.localArea(), "localArea", false)
                .shortText(c.owner(), "owner", false)
                .date(c.plannedStart(), "plannedStart", period, false, false)
                .date(c.plannedEnd(), "plannedEnd", period, false, false)
                .require(c.plannedStart() == null || c.plannedEnd() == null || !c.plannedEnd().isBefore(c.plannedStart()),
                        "plannedEnd", Flaw.BEFORE_PLANNED_START)
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
                .longText(c.hypothesisReason(), "hypothesisReason", c.hypothesisOutcome() != null)
                .require(c.hypothesisOutcome() != null || !hasText(c.hypothesisReason()), "hypothesisOutcome",
                        Flaw.OUTCOME_FOR_REASON)
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
                .require(c.kind() != null, "kind", Flaw.GIVEN)
                .date(c.occurredOn(), "occurredOn", period, true, true)
                .require(c.channel() != null, "channel", Flaw.GIVEN)
                .require(c.durationMinutes() == null || c.durationMinutes() > 0, "durationMinutes", Flaw.MINUTES_AT_LEAST)
                .require(c.durationMinutes() == null || c.durationMinutes() <= Limits.DURATION_MINUTES, "durationMinutes",
                        Flaw.MINUTES_AT_MOST, Limits.DURATION_MINUTES)
                .shortText(c.localArea(), "localArea", false)
                .count(c.councilMembersPresent(), "councilMembersPresent", Limits.COUNT)
                .count(c.staffPresent(), "staffPresent", Limits.COUNT)
                .list(c.departments(), "departments", Limits.SMALL_LIST)
                .list(c.costs(), "costs", Limits.SMALL_LIST)
                .require(c.participants() != null, "participants", Flaw.GIVEN);
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
                checks.require(cost.category() != null, field + ".category", Flaw.GIVEN)
                        .require(cost.amountDkk() != null, field + ".amountDkk", Flaw.GIVEN)
                        .kroner(cost.amountDkk(), field + ".amountDkk");
            }
        }
        Feedback feedback = c.feedback();
        if (feedback != null) {
            checks.require(feedback.respondents() != null, "feedback.respondents", Flaw.GIVEN)
                    .require(feedback.foundMeaningful() != null, "feedback.foundMeaningful", Flaw.GIVEN)
                    .count(feedback.respondents(), "feedback.respondents", Limits.COUNT)
                    .count(feedback.foundMeaningful(), "feedback.foundMeaningful", Limits.COUNT)
                    .require(feedback.respondents() == null || feedback.respondents() < 0 || feedback.foundMeaningful() == null
                                    || feedback.foundMeaningful() <= feedback.respondents(), "feedback.foundMeaningful",
                            Flaw.MEANINGFUL_EXCEEDS_RESPONDENTS, feedback.respondents() == null ? 0 : feedback.respondents());
        }
        checks.throwIfAny();
    }

    private static void checkParticipants(Participants p, Checks checks) {
        checks.require(p.total() != null, "participants.total", Flaw.GIVEN)
                .count(p.total(), "participants.total", Limits.COUNT)
                .count(p.businesses(), "participants.businesses", Limits.COUNT)
                .count(p.organisations(), "participants.organisations", Limits.COUNT);
        for (Map.Entry<TargetGroup, Integer> group : p.byGroup().entrySet()) {
            String field = "participants.byGroup." + group.getKey();
            checks.require(group.getValue() != null, field, Flaw.COUNT).count(group.getValue(), field, Limits.COUNT);
        }
        checks.require(p.total() == null || p.total() < 0 || p.notedInGroups() <= p.total(), "participants.byGroup",
                Flaw.GROUPS_EXCEED_TOTAL, p.notedInGroups(), p.total() == null ? 0 : p.total());
    }

    static void check(RecordLearning c, ProgrammePeriod period) {
        new Checks()
                .identifier(c.learningId(), "learningId")
                .require(c.criterion() != null, "criterion", Flaw.GIVEN)
                .longText(c.insight(), "insight", true)
                .longText(c.evidence(), "evidence", false)
                .list(c.knowledgeKinds(), "knowledgeKinds", KnowledgeKind.values().length)
                .require(c.assessment() != null, "assessment", Flaw.GIVEN)
                .require(c.assessment() == null || (c.assessment() >= LOWEST_ASSESSMENT && c.assessment() <= HIGHEST_ASSESSMENT),
                        "assessment",
                        Flaw.ASSESSMENT, String.valueOf(LOWEST_ASSESSMENT), "+" + HIGHEST_ASSESSMENT)
                .require(c.activityId() == null || c.activityId().length() <= Limits.IDENTIFIER, "activityId",
                        Flaw.TOO_LONG, Limits.IDENTIFIER)
                .date(c.recordedOn(), "recordedOn", period, true, true)
                .throwIfAny();
    }

    static void check(RecordInitiative c, ProgrammePeriod period) {
        new Checks()
                .identifier(c.initiativeId(), "initiativeId")
                .shortText(c.title(), "title", true)
                .require(c.initiator() != null, "initiator", Flaw.GIVEN)
                .require(c.supportKinds() != null && !c.supportKinds().isEmpty(), "supportKinds", Flaw.NO_SUPPORT_KIND)
                .list(c.supportKinds(), "supportKinds", SupportKind.values().length)
                .hours(c.supportHours(), "supportHours")
                .kroner(c.fundingDkk(), "fundingDkk")
                .require(c.status() != null, "status", Flaw.GIVEN)
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

    /** The conclusion a command records: texts stripped, the hypothesis judged or not. */
    static ExperimentConcluded concluded(String experimentId, ConcludeExperiment c) {
        return new ExperimentConcluded(experimentId, c.concludedOn(), c.summary().strip(), c.hypothesisOutcome(),
                blankToNull(c.hypothesisReason()));
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

    /** A command's content by its rules, whatever the experiment's state; throws naming every bad field. */
    static void checkCommand(ExperimentCommand command, ProgrammePeriod period) {
        if (command instanceof RegisterExperiment c) {
            check(c, period);
        } else if (command instanceof ApproveExperiment c) {
            check(c, period);
        } else if (command instanceof StartExperiment c) {
            check(c, period);
        } else if (command instanceof ConcludeExperiment c) {
            check(c, period);
        } else if (command instanceof CancelExperiment c) {
            check(c, period);
        } else if (command instanceof LogActivity c) {
            check(c, period);
        } else if (command instanceof RecordLearning c) {
            check(c, period);
        } else if (command instanceof RecordInitiative c) {
            check(c, period);
        } else if (command instanceof CorrectRegistration c) {
            checkReason(c.reason(), () -> check(c.corrected(), period));
        } else if (command instanceof CorrectApproval c) {
            checkReason(c.reason(), () -> check(c.corrected(), period));
        } else if (command instanceof CorrectStart c) {
            checkReason(c.reason(), () -> check(c.corrected(), period));
        } else if (command instanceof CorrectConclusion c) {
            checkReason(c.reason(), () -> check(c.corrected(), period));
        } else if (command instanceof CorrectCancellation c) {
            checkReason(c.reason(), () -> check(c.corrected(), period));
        } else if (command instanceof CorrectActivity c) {
            checkReason(c.reason(), () -> check(c.corrected(), period));
        } else if (command instanceof CorrectLearning c) {
            checkReason(c.reason(), () -> check(c.corrected(), period));
        } else if (command instanceof CorrectInitiative c) {
            checkReason(c.reason(), () -> check(c.corrected(), period));
        }
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
