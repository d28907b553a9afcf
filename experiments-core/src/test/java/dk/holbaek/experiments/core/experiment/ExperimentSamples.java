package dk.holbaek.experiments.core.experiment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.LogActivity;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;

/** A participatory budget in Tølløse, as the tests' running example. */
final class ExperimentSamples {

    static final String ID = "exp-1";
    static final LocalDate APPROVED_ON = LocalDate.of(2014, 3, 4);
    static final LocalDate STARTED_ON = LocalDate.of(2014, 3, 10);

    private ExperimentSamples() {
    }

    static ExperimentRegistered registered() {
        return new ExperimentRegistered(ID, "Borgerbudget i Tølløse", "Borgere prioriterer midler klogere end forvaltningen alene",
                Method.PARTICIPATORY_BUDGET, ExperimentRole.INITIATED, List.of(InsightArea.POLITICAL_DIRECTION),
                List.of(TargetGroup.FAMILIES_WITH_CHILDREN), "Tølløse", LocalDate.of(2014, 3, 1), LocalDate.of(2014, 11, 30),
                "Lokalforumkonsulent");
    }

    static ExperimentApproved approved() {
        return new ExperimentApproved(ID, APPROVED_ON, new BigDecimal("25000"));
    }

    static ExperimentStarted started() {
        return new ExperimentStarted(ID, STARTED_ON);
    }

    static Participants participants() {
        return new Participants(85, Map.of(TargetGroup.FAMILIES_WITH_CHILDREN, 30, TargetGroup.YOUNG_PEOPLE, 12), 4, 3);
    }

    static LogActivity logActivity(String activityId, LocalDate occurredOn) {
        return logActivity(activityId, occurredOn, participants(), new Feedback(40, 31));
    }

    static LogActivity logActivity(String activityId, LocalDate occurredOn, Participants participants, Feedback feedback) {
        return new LogActivity(ID, null, activityId, "Borgermøde om budgettet", ActivityKind.MEETING, occurredOn,
                Channel.PHYSICAL, LocalTime.of(19, 0), 120, "Tølløse", participants, 3, 4,
                List.of("Kultur og Fritid", "Børn og Unge"),
                List.of(new Cost(CostCategory.CATERING, new BigDecimal("4200.50"))), feedback);
    }

    static ActivityLogged activityLogged(String activityId, LocalDate occurredOn) {
        return new ActivityLogged(ID, activityId, "Borgermøde om budgettet", ActivityKind.MEETING, occurredOn,
                Channel.PHYSICAL, LocalTime.of(19, 0), 120, "Tølløse", participants(), 3, 4,
                List.of("Børn og Unge", "Kultur og Fritid"),
                List.of(new Cost(CostCategory.CATERING, new BigDecimal("4200.50"))), new Feedback(40, 31));
    }
}
