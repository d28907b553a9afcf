package dk.holbaek.experiments.core.experiment;

import static dk.holbaek.experiments.core.experiment.ExperimentSamples.ID;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.activityLogged;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.approved;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.logActivity;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.registered;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.started;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.common.api.EntryNotFoundException;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.experiment.api.ActivityCorrected;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ActivityWithdrawn;
import dk.holbaek.experiments.core.experiment.api.ApprovalCorrected;
import dk.holbaek.experiments.core.experiment.api.ApproveExperiment;
import dk.holbaek.experiments.core.experiment.api.CancelExperiment;
import dk.holbaek.experiments.core.experiment.api.CancellationCorrected;
import dk.holbaek.experiments.core.experiment.api.ConcludeExperiment;
import dk.holbaek.experiments.core.experiment.api.CorrectActivity;
import dk.holbaek.experiments.core.experiment.api.CorrectApproval;
import dk.holbaek.experiments.core.experiment.api.CorrectCancellation;
import dk.holbaek.experiments.core.experiment.api.CorrectConclusion;
import dk.holbaek.experiments.core.experiment.api.CorrectInitiative;
import dk.holbaek.experiments.core.experiment.api.CorrectLearning;
import dk.holbaek.experiments.core.experiment.api.CorrectRegistration;
import dk.holbaek.experiments.core.experiment.api.CorrectStart;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.ExperimentWithdrawn;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.InitiativeCorrected;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.InitiativeWithdrawn;
import dk.holbaek.experiments.core.experiment.api.Initiator;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.RecordInitiative;
import dk.holbaek.experiments.core.experiment.api.RecordLearning;
import dk.holbaek.experiments.core.experiment.api.RegisterExperiment;
import dk.holbaek.experiments.core.experiment.api.RegistrationCorrected;
import dk.holbaek.experiments.core.experiment.api.StartExperiment;
import dk.holbaek.experiments.core.experiment.api.SupportKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.core.experiment.api.WithdrawActivity;
import dk.holbaek.experiments.core.experiment.api.WithdrawExperiment;
import dk.holbaek.experiments.core.experiment.api.WithdrawInitiative;
import dk.holbaek.experiments.core.experiment.api.WithdrawLearning;
import dk.holbaek.experiments.core.programme.KnownProgramme;

/** Correcting and withdrawing what was recorded: new facts with a reason, under the rules the originals met. */
class CorrectionTest {

    private static final LocalDate MARCH_18 = LocalDate.of(2014, 3, 18);
    private static final String REASON = "Tastefejl: 40, ikke 400";

    private AggregateTestFixture<Experiment> fixture;
    private final KnownProgramme directory = new KnownProgramme();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
        fixture.registerInjectableResource(Periods.programme());
        fixture.registerInjectableResource(directory);
    }

    /** The running example's activity logged with 400 participants where 85 came. */
    private static ActivityLogged loggedWith400() {
        return ExperimentContent.activityLogged(logActivity("act-1", MARCH_18, new Participants(400, Map.of(), 4, 3),
                new Feedback(40, 31)));
    }

    @Test
    void givenAnActivityWith400_whenCorrectedTo40_thenActivityCorrectedHoldsTheWholeNewVersionAndTheReason() {
        ActivityLogged corrected = activityLogged("act-1", MARCH_18);
        fixture.given(registered(), approved(), started(), loggedWith400())
                .when(new CorrectActivity(ID, null, logActivity("act-1", MARCH_18), REASON))
                .expectEvents(new ActivityCorrected(ID, corrected, REASON));
    }

    @Test
    void givenAnActivity_whenCorrectedToWhatItAlreadySays_thenNothingIsAppended() {
        fixture.given(registered(), approved(), started(), activityLogged("act-1", MARCH_18))
                .when(new CorrectActivity(ID, null, logActivity("act-1", MARCH_18), REASON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenNoSuchActivity_whenCorrected_thenNotFound() {
        fixture.given(registered(), approved(), started())
                .when(new CorrectActivity(ID, null, logActivity("act-9", MARCH_18), REASON))
                .expectNoEvents()
                .expectException(EntryNotFoundException.class);
    }

    @Test
    void givenAnActivity_whenCorrectedToADateBeforeTheStart_thenRefusedByTheRuleTheOriginalMet() {
        fixture.given(registered(), approved(), started(), activityLogged("act-1", MARCH_18))
                .when(new CorrectActivity(ID, null, logActivity("act-1", LocalDate.of(2014, 3, 1)), REASON))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("lies before the experiment started"));
    }

    @Test
    void givenAnActivity_whenCorrectedWithoutAReasonAndWithBadContent_thenEveryFieldIsNamed() {
        fixture.given(registered(), approved(), started(), activityLogged("act-1", MARCH_18))
                .when(new CorrectActivity(ID, null, logActivity("act-1", MARCH_18,
                        new Participants(1_000_000, Map.of(), null, null), new Feedback(1, 0)), " "))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("participants.total: must be at most 100,000; reason: must not be blank"));
    }

    @Test
    void givenAWithdrawnActivity_whenCorrectedOrWithdrawnAgain_thenConflict() {
        fixture.given(registered(), approved(), started(), activityLogged("act-1", MARCH_18),
                        new ActivityWithdrawn(ID, "act-1", "Dublet"))
                .when(new CorrectActivity(ID, null, logActivity("act-1", MARCH_18), REASON))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("was withdrawn"));
        fixture.given(registered(), approved(), started(), activityLogged("act-1", MARCH_18),
                        new ActivityWithdrawn(ID, "act-1", "Dublet"))
                .when(new WithdrawActivity(ID, null, "act-1", "Igen"))
                .expectNoEvents()
                .expectException(RuleViolatedException.class);
    }

    @Test
    void givenAnActivityALearningRefersTo_whenWithdrawn_thenConflictNamingTheLearning() {
        fixture.given(registered(), approved(), started(), activityLogged("act-1", MARCH_18), learning("l-1", "act-1"))
                .when(new WithdrawActivity(ID, null, "act-1", "Dublet"))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("learning l-1 refers to this activity"));
    }

    @Test
    void givenAnActivity_whenWithdrawn_thenActivityWithdrawn_andNothingElseCanChangeIt() {
        fixture.given(registered(), approved(), started(), activityLogged("act-1", MARCH_18))
                .when(new WithdrawActivity(ID, null, "act-1", "Logget to gange"))
                .expectEvents(new ActivityWithdrawn(ID, "act-1", "Logget to gange"));
    }

    @Test
    void givenALearningARecommendationRestsOn_whenWithdrawn_orItsExperimentWithdrawn_thenConflict() {
        directory.cited("l-1");
        fixture.given(registered(), approved(), started(), learning("l-1", null))
                .when(new WithdrawLearning(ID, null, "l-1", "Fejl"))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("a recommendation rests on this learning"));
        fixture.given(registered(), approved(), started(), learning("l-1", null))
                .when(new WithdrawExperiment(ID, null, "Dublet"))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("learning l-1 of this experiment"));
    }

    @Test
    void givenAWithdrawnExperiment_nothingCanBeAddedCorrectedOrWithdrawn() {
        fixture.given(registered(), approved(), started(), new ExperimentWithdrawn(ID, "Registreret ved en fejl (dublet)"))
                .when(logActivity("act-1", MARCH_18))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("This experiment was withdrawn"));
        fixture.given(registered(), new ExperimentWithdrawn(ID, "Dublet"))
                .when(new WithdrawExperiment(ID, null, "Igen"))
                .expectNoEvents()
                .expectException(RuleViolatedException.class);
    }

    @Test
    void givenAnExperiment_whenWithdrawn_thenExperimentWithdrawn() {
        fixture.given(registered(), approved())
                .when(new WithdrawExperiment(ID, null, "Registreret ved en fejl (dublet)"))
                .expectEvents(new ExperimentWithdrawn(ID, "Registreret ved en fejl (dublet)"));
    }

    @Test
    void givenAnActivityOnMarch18_whenTheStartIsCorrectedToMarch20_thenConflictNamingTheActivity() {
        fixture.given(registered(), approved(), started(), activityLogged("act-1", MARCH_18))
                .when(new CorrectStart(ID, null, new StartExperiment(ID, null, LocalDate.of(2014, 3, 20)), REASON))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("activity act-1 (Borgermøde om budgettet) on 2014-03-18 would lie before the start"));
    }

    @Test
    void givenAStart_whenTheApprovalIsCorrectedToAfterIt_thenConflict() {
        fixture.given(registered(), approved(), started())
                .when(new CorrectApproval(ID, null, new ApproveExperiment(ID, null, LocalDate.of(2014, 3, 12), null), REASON))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("would lie after the start (2014-03-10)"));
    }

    @Test
    void givenAnApproval_whenItsBudgetIsCorrected_thenApprovalCorrected() {
        fixture.given(registered(), approved(), started())
                .when(new CorrectApproval(ID, null, new ApproveExperiment(ID, null, ExperimentSamples.APPROVED_ON,
                        new BigDecimal("30000")), "Budgettet var 30.000 kr."))
                .expectEvents(new ApprovalCorrected(ID, new ExperimentApproved(
                        ID, ExperimentSamples.APPROVED_ON, new BigDecimal("30000")), "Budgettet var 30.000 kr."));
    }

    @Test
    void givenAnActivityInNovember_whenTheConclusionIsCorrectedToOctober_thenConflictNamingTheActivity() {
        LocalDate november = LocalDate.of(2014, 11, 5);
        fixture.given(registered(), approved(), started(), activityLogged("act-1", november),
                        new ExperimentConcluded(ID, LocalDate.of(2014, 11, 30), "Resumé"))
                .when(new CorrectConclusion(ID, null, new ConcludeExperiment(ID, null, LocalDate.of(2014, 10, 31),
                        "Resumé"), REASON))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("activity act-1"));
    }

    @Test
    void givenARegistration_whenItsTitleIsCorrected_thenRegistrationCorrected_andTheSameAgainAppendsNothing() {
        RegisterExperiment corrected = new RegisterExperiment(ID, "Borgerbudget i Jyderup", "Borgere prioriterer midler "
                + "klogere end forvaltningen alene", Method.PARTICIPATORY_BUDGET, ExperimentRole.INITIATED,
                List.of(InsightArea.POLITICAL_DIRECTION), List.of(TargetGroup.FAMILIES_WITH_CHILDREN), "Tølløse",
                LocalDate.of(2014, 3, 1), LocalDate.of(2014, 11, 30), "Lokalforumkonsulent");
        fixture.given(registered())
                .when(new CorrectRegistration(ID, null, corrected, "Forkert by"))
                .expectEvents(new RegistrationCorrected(ID, ExperimentContent.registered(corrected), "Forkert by"));
        fixture.given(registered(), new RegistrationCorrected(ID, ExperimentContent.registered(corrected), "Forkert by"))
                .when(new CorrectRegistration(ID, null, corrected, "Forkert by"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenALearning_whenCorrectedToRestOnAWithdrawnActivity_thenConflict() {
        fixture.given(registered(), approved(), started(), activityLogged("act-1", MARCH_18), learning("l-1", null),
                        new ActivityWithdrawn(ID, "act-1", "Dublet"))
                .when(new CorrectLearning(ID, null, new RecordLearning(ID, null, "l-1", Criterion.BROAD_INVOLVEMENT,
                        "Indsigt", null, List.of(KnowledgeKind.WISHES), 1, "act-1", MARCH_18), REASON))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("activity act-1 is not logged on this experiment"));
    }

    @Test
    void givenACancellation_whenItsDateIsCorrectedToBeforeTheStart_thenConflict_andItsReasonCanBeCorrected() {
        ExperimentCancelled cancelled = new ExperimentCancelled(ID, LocalDate.of(2014, 4, 1), "Ingen tilmeldte");
        fixture.given(registered(), approved(), started(), cancelled)
                .when(new CorrectCancellation(ID, null, new CancelExperiment(ID, null, LocalDate.of(2014, 3, 9),
                        "Ingen tilmeldte"), REASON))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("before its last step (2014-03-10)"));
        fixture.given(registered(), approved(), started(), cancelled)
                .when(new CorrectCancellation(ID, null, new CancelExperiment(ID, null, LocalDate.of(2014, 4, 1),
                        "For få tilmeldte"), "Præcisering"))
                .expectEvents(new CancellationCorrected(ID, new ExperimentCancelled(ID, LocalDate.of(2014, 4, 1),
                        "For få tilmeldte"), "Præcisering"));
    }

    @Test
    void givenNoCancellation_whenACancellationIsCorrected_thenConflict() {
        fixture.given(registered(), approved(), started())
                .when(new CorrectCancellation(ID, null, new CancelExperiment(ID, null, MARCH_18, "x"), REASON))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("No cancellation is recorded"));
    }

    @Test
    void givenAnInitiative_whenCorrectedBeforeTheStart_thenConflict_whenWithdrawn_thenWithdrawn() {
        InitiativeRecorded initiative = new InitiativeRecorded(ID, "ini-1", "Madklub", Initiator.CITIZENS,
                List.of(SupportKind.ADVICE), new BigDecimal("10"), null, InitiativeStatus.SUPPORTED, MARCH_18);
        fixture.given(registered(), approved(), started(), initiative)
                .when(new CorrectInitiative(ID, null, new RecordInitiative(ID, null, "ini-1", "Madklub",
                        Initiator.CITIZENS, List.of(SupportKind.ADVICE), new BigDecimal("10"), null,
                        InitiativeStatus.SUPPORTED, LocalDate.of(2014, 3, 1)), REASON))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("before the experiment started"));
        fixture.given(registered(), approved(), started(), initiative)
                .when(new WithdrawInitiative(ID, null, "ini-1", "Dublet"))
                .expectEvents(new InitiativeWithdrawn(ID, "ini-1", "Dublet"));
        fixture.given(registered(), approved(), started(), initiative)
                .when(new CorrectInitiative(ID, null, new RecordInitiative(ID, null, "ini-1", "Madklub i hallen",
                        Initiator.CITIZENS, List.of(SupportKind.ADVICE), new BigDecimal("10"), null,
                        InitiativeStatus.REALISED, MARCH_18), "Realiseret"))
                .expectEvents(new InitiativeCorrected(ID, new InitiativeRecorded(ID, "ini-1", "Madklub i hallen",
                        Initiator.CITIZENS, List.of(SupportKind.ADVICE), new BigDecimal("10"), null,
                        InitiativeStatus.REALISED, MARCH_18), "Realiseret"));
    }

    private static LearningRecorded learning(String learningId, String activityId) {
        return new LearningRecorded(ID, learningId, Criterion.BROAD_INVOLVEMENT, "Indsigt", null,
                List.of(KnowledgeKind.WISHES), 1, activityId, MARCH_18);
    }
}
