package dk.holbaek.experiments.core.experiment;

import static dk.holbaek.experiments.core.experiment.ExperimentSamples.ID;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.activityLogged;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.approved;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.logActivity;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.registered;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.started;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.LogActivity;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;

class LogActivityTest {

    private static final LocalDate MARCH_18 = LocalDate.of(2014, 3, 18);
    private static final LocalDate CONCLUDED_ON = LocalDate.of(2014, 11, 30);

    private AggregateTestFixture<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
        fixture.registerInjectableResource(Periods.programme());
    }

    @Test
    void givenRunningExperiment_whenActivityLogged_thenActivityLoggedEvent() {
        fixture.given(registered(), approved(), started())
                .when(logActivity("act-1", MARCH_18))
                .expectEvents(activityLogged("act-1", MARCH_18));
    }

    @Test
    void givenConcludedExperiment_whenActivityLoggedAfterTheFactWithinItsLife_thenActivityLoggedEvent() {
        fixture.given(registered(), approved(), started(), new ExperimentConcluded(ID, CONCLUDED_ON, "Resumé"))
                .when(logActivity("act-1", CONCLUDED_ON))
                .expectEvents(activityLogged("act-1", CONCLUDED_ON));
    }

    @Test
    void givenConcludedExperiment_whenActivityDatedAfterConclusion_thenRejected() {
        fixture.given(registered(), approved(), started(), new ExperimentConcluded(ID, CONCLUDED_ON, "Resumé"))
                .when(logActivity("act-1", CONCLUDED_ON.plusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage("An activity on 2014-12-01 lies after the experiment was concluded (2014-11-30).");
    }

    @Test
    void givenRunningExperiment_whenActivityDatedBeforeStart_thenRejected() {
        fixture.given(registered(), approved(), started())
                .when(logActivity("act-1", LocalDate.of(2014, 3, 9)))
                .expectNoEvents()
                .expectExceptionMessage("An activity on 2014-03-09 lies before the experiment started (2014-03-10).");
    }

    @Test
    void givenCancelledExperiment_whenActivityLogged_thenNothingIsAdded() {
        fixture.given(registered(), approved(), started(), new ExperimentCancelled(ID, LocalDate.of(2014, 4, 1), "Stoppet"))
                .when(logActivity("act-1", MARCH_18))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage("An activity cannot be added to a cancelled experiment.");
    }

    @Test
    void givenApprovedExperiment_whenActivityLogged_thenRejectedUntilStarted() {
        fixture.given(registered(), approved())
                .when(logActivity("act-1", MARCH_18))
                .expectNoEvents()
                .expectExceptionMessage("An activity can only be added once the experiment has started; this one is approved.");
    }

    @Test
    void givenLoggedActivity_whenSameActivityIdLoggedAgain_thenRejected() {
        fixture.given(registered(), approved(), started(), activityLogged("act-1", MARCH_18))
                .when(logActivity("act-1", MARCH_18))
                .expectNoEvents()
                .expectExceptionMessage("The activity act-1 has already been recorded on this experiment.");
    }

    @Test
    void givenRunningExperiment_whenGroupsExceedTotal_thenRejectedWithTheSums() {
        Participants tooMany = new Participants(20, Map.of(TargetGroup.YOUNG_PEOPLE, 15, TargetGroup.SENIORS, 10), null, null);
        fixture.given(registered(), approved(), started())
                .when(logActivity("act-1", MARCH_18, tooMany, null))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("participants.byGroup: the groups add up to 25, more than the 20 participants in total");
    }

    @Test
    void givenRunningExperiment_whenMoreFoundItMeaningfulThanAnswered_thenRejected() {
        fixture.given(registered(), approved(), started())
                .when(logActivity("act-1", MARCH_18, ExperimentSamples.participants(), new Feedback(10, 11)))
                .expectNoEvents()
                .expectExceptionMessage("feedback.foundMeaningful: cannot exceed the number of respondents (10)");
    }

    @Test
    void givenRunningExperiment_whenCountsAndAmountsNegative_thenEachIsNamed() {
        LogActivity negative = new LogActivity(ID, null, "act-1", "Møde", ActivityKind.MEETING, MARCH_18, Channel.DIGITAL,
                null, 0, null, new Participants(-1, Map.of(TargetGroup.SENIORS, -2), -3, null), -1, null, null,
                List.of(new Cost(CostCategory.SPEAKERS, new BigDecimal("-100"))), new Feedback(-1, 0));
        fixture.given(registered(), approved(), started())
                .when(negative)
                .expectNoEvents()
                .expectExceptionMessage("durationMinutes: must be at least 1 minute; councilMembersPresent: must not be negative; "
                        + "participants.total: must not be negative; participants.businesses: must not be negative; "
                        + "participants.byGroup.SENIORS: must not be negative; "
                        + "costs[0].amountDkk: must not be negative; feedback.respondents: must not be negative");
    }
}
