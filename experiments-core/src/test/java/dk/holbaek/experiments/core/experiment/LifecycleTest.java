package dk.holbaek.experiments.core.experiment;

import static dk.holbaek.experiments.core.experiment.ExperimentSamples.APPROVED_ON;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.ID;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.STARTED_ON;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.approved;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.registered;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.started;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.experiment.api.ApproveExperiment;
import dk.holbaek.experiments.core.experiment.api.CancelExperiment;
import dk.holbaek.experiments.core.experiment.api.ConcludeExperiment;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.HypothesisOutcome;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.StartExperiment;

/** Proposed → approved → running → concluded, and cancellation of an open experiment. */
class LifecycleTest {

    private AggregateTestFixture<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
        fixture.registerInjectableResource(Periods.programme());
    }

    @Nested
    class ApproveExperimentTest {

        @Test
        void givenProposedExperiment_whenApprovedWithBudget_thenExperimentApproved() {
            fixture.given(registered())
                    .when(new ApproveExperiment(ID, null, APPROVED_ON, new BigDecimal("25000")))
                    .expectEvents(new ExperimentApproved(ID, APPROVED_ON, new BigDecimal("25000")));
        }

        @Test
        void givenProposedExperiment_whenApprovedWithoutBudget_thenApprovedWithNoBudget() {
            fixture.given(registered())
                    .when(new ApproveExperiment(ID, null, APPROVED_ON, null))
                    .expectEvents(new ExperimentApproved(ID, APPROVED_ON, null));
        }

        @Test
        void givenApprovedExperiment_whenApprovedAgain_thenRejectedAsNotProposed() {
            fixture.given(registered(), approved())
                    .when(new ApproveExperiment(ID, null, APPROVED_ON, null))
                    .expectNoEvents()
                    .expectException(RuleViolatedException.class)
                    .expectExceptionMessage("An experiment can only be approved while it is proposed; this one is approved.");
        }

        @Test
        void givenProposedExperiment_whenBudgetNegativeOrInFractionsOfOre_thenRejected() {
            fixture.given(registered())
                    .when(new ApproveExperiment(ID, null, APPROVED_ON, new BigDecimal("-0.125")))
                    .expectNoEvents()
                    .expectException(InvalidCommandException.class)
                    .expectExceptionMessage("budgetDkk: must not be negative; "
                            + "budgetDkk: must be an amount in kroner with at most two decimals (øre)");
        }
    }

    @Nested
    class StartExperimentTest {

        @Test
        void givenApprovedExperiment_whenStarted_thenExperimentStarted() {
            fixture.given(registered(), approved())
                    .when(new StartExperiment(ID, null, STARTED_ON))
                    .expectEvents(new ExperimentStarted(ID, STARTED_ON));
        }

        @Test
        void givenProposedExperiment_whenStarted_thenRejectedUntilApproved() {
            fixture.given(registered())
                    .when(new StartExperiment(ID, null, STARTED_ON))
                    .expectNoEvents()
                    .expectExceptionMessage("An experiment can only be started once the project committee has approved it; "
                            + "this one is proposed.");
        }

        @Test
        void givenApprovedExperiment_whenStartedWithTheVersionItWasReadAt_thenExperimentStarted() {
            fixture.given(registered(), approved())
                    .when(new StartExperiment(ID, 1L, STARTED_ON))
                    .expectEvents(new ExperimentStarted(ID, STARTED_ON));
        }

        @Test
        void givenRunningExperiment_whenStartedWithAStaleVersion_thenTheStaleVersionIsReportedBeforeAnyRule() {
            fixture.given(registered(), approved(), started())
                    .when(new StartExperiment(ID, 1L, STARTED_ON))
                    .expectNoEvents()
                    .expectException(ConflictingAggregateVersionException.class);
        }

        @Test
        void givenApprovedExperiment_whenStartedBeforeApproval_thenRejected() {
            fixture.given(registered(), approved())
                    .when(new StartExperiment(ID, null, APPROVED_ON.minusDays(1)))
                    .expectNoEvents()
                    .expectExceptionMessage("An experiment cannot start (2014-03-03) before it was approved (2014-03-04).");
        }
    }

    @Nested
    class ConcludeExperimentTest {

        @Test
        void givenRunningExperiment_whenConcluded_thenExperimentConcluded() {
            LocalDate concludedOn = LocalDate.of(2014, 11, 30);
            fixture.given(registered(), approved(), started())
                    .when(new ConcludeExperiment(ID, null, concludedOn, " Borgerne brugte budgettet klogt. "))
                    .expectEvents(new ExperimentConcluded(ID, concludedOn, "Borgerne brugte budgettet klogt."));
        }

        @Test
        void givenRunningExperiment_whenConcludedJudgingTheHypothesis_thenTheJudgementIsRecordedWithItsReason() {
            LocalDate concludedOn = LocalDate.of(2014, 11, 30);
            fixture.given(registered(), approved(), started())
                    .when(new ConcludeExperiment(ID, null, concludedOn, "Resumé", HypothesisOutcome.PARTLY_HELD,
                            " Familierne kom, de unge ikke. "))
                    .expectEvents(new ExperimentConcluded(ID, concludedOn, "Resumé", HypothesisOutcome.PARTLY_HELD,
                            "Familierne kom, de unge ikke."));
        }

        @Test
        void givenRunningExperiment_whenAJudgementComesWithoutReasonOrAReasonWithoutJudgement_thenRejected() {
            fixture.given(registered(), approved(), started())
                    .when(new ConcludeExperiment(ID, null, LocalDate.of(2014, 11, 30), "Resumé", HypothesisOutcome.HELD, " "))
                    .expectNoEvents()
                    .expectExceptionMessage("hypothesisReason: must not be blank");
            fixture.given(registered(), approved(), started())
                    .when(new ConcludeExperiment(ID, null, LocalDate.of(2014, 11, 30), "Resumé", null, "Fordi"))
                    .expectNoEvents()
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("hypothesisOutcome: must be given"));
        }

        @Test
        void givenApprovedExperiment_whenConcluded_thenRejectedAsNotRunning() {
            fixture.given(registered(), approved())
                    .when(new ConcludeExperiment(ID, null, LocalDate.of(2014, 11, 30), "Resumé"))
                    .expectNoEvents()
                    .expectExceptionMessage("An experiment can only be concluded while it is running; this one is approved.");
        }

        @Test
        void givenRunningExperiment_whenConcludedBeforeItStarted_thenRejected() {
            fixture.given(registered(), approved(), started())
                    .when(new ConcludeExperiment(ID, null, STARTED_ON.minusDays(1), "Resumé"))
                    .expectNoEvents()
                    .expectExceptionMessage("An experiment cannot be concluded (2014-03-09) before it started (2014-03-10).");
        }

        @Test
        void givenRunningExperiment_whenConcludedWithoutSummary_thenRejected() {
            fixture.given(registered(), approved(), started())
                    .when(new ConcludeExperiment(ID, null, LocalDate.of(2014, 11, 30), ""))
                    .expectNoEvents()
                    .expectException(InvalidCommandException.class)
                    .expectExceptionMessage("summary: must not be blank");
        }
    }

    @Nested
    class CancelExperimentTest {

        @Test
        void givenProposedExperiment_whenCancelled_thenExperimentCancelled() {
            LocalDate cancelledOn = LocalDate.of(2014, 2, 20);
            fixture.given(registered())
                    .when(new CancelExperiment(ID, null, cancelledOn, "Ingen lokal opbakning"))
                    .expectEvents(new ExperimentCancelled(ID, cancelledOn, "Ingen lokal opbakning"));
        }

        @Test
        void givenRunningExperiment_whenCancelled_thenExperimentCancelled() {
            LocalDate cancelledOn = LocalDate.of(2014, 6, 1);
            fixture.given(registered(), approved(), started())
                    .when(new CancelExperiment(ID, null, cancelledOn, "Projektlederen stoppede"))
                    .expectEvents(new ExperimentCancelled(ID, cancelledOn, "Projektlederen stoppede"));
        }

        @Test
        void givenConcludedExperiment_whenCancelled_thenRejected() {
            fixture.given(registered(), approved(), started(), new ExperimentConcluded(ID, LocalDate.of(2014, 11, 30), "Resumé"))
                    .when(new CancelExperiment(ID, null, LocalDate.of(2014, 12, 1), "For sent"))
                    .expectNoEvents()
                    .expectExceptionMessage("Only a proposed, approved or running experiment can be cancelled; "
                            + "this one is concluded.");
        }

        @Test
        void givenRunningExperiment_whenCancelledBeforeItStarted_thenRejected() {
            fixture.given(registered(), approved(), started())
                    .when(new CancelExperiment(ID, null, STARTED_ON.minusDays(2), "Fejl"))
                    .expectNoEvents()
                    .expectExceptionMessage("An experiment cannot be cancelled (2014-03-08) before its last step (2014-03-10).");
        }
    }
}
