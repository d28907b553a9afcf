package dk.holbaek.experiments.core.council;

import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.council.api.CorrectCouncilInvolvement;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementCorrected;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementWithdrawn;
import dk.holbaek.experiments.core.council.api.InvolvementForm;
import dk.holbaek.experiments.core.council.api.RecordCouncilInvolvement;
import dk.holbaek.experiments.core.council.api.WithdrawCouncilInvolvement;
import dk.holbaek.experiments.core.programme.KnownProgramme;

class CorrectCouncilInvolvementTest {

    private static final LocalDate THEME_MEETING = LocalDate.of(2014, 4, 23);
    private static final CouncilInvolvementRecorded RECORDED = new CouncilInvolvementRecorded("ci-1", THEME_MEETING,
            InvolvementForm.THEME_MEETING, "Temamøde", List.of("exp-1"), false);

    private AggregateTestFixture<CouncilInvolvement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CouncilInvolvement.class);
        fixture.registerInjectableResource(Periods.programme());
        fixture.registerInjectableResource(new KnownProgramme().experiment("exp-1").experiment("exp-2"));
    }

    @Test
    void givenAnInvolvement_whenItsDateIsCorrected_thenCorrectedWithTheWholeNewVersion() {
        fixture.given(RECORDED)
                .when(new CorrectCouncilInvolvement("ci-1", null, new RecordCouncilInvolvement("ci-1",
                        THEME_MEETING.plusDays(1), InvolvementForm.THEME_MEETING, "Temamøde", List.of("exp-1", "exp-2"),
                        false), "Mødet var dagen efter"))
                .expectEvents(new CouncilInvolvementCorrected("ci-1", new CouncilInvolvementRecorded("ci-1",
                        THEME_MEETING.plusDays(1), InvolvementForm.THEME_MEETING, "Temamøde", List.of("exp-1", "exp-2"),
                        false), "Mødet var dagen efter"));
    }

    @Test
    void givenAnInvolvement_whenCorrectedToNameAnUnknownExperimentWithoutAReason_thenBothAreNamed() {
        fixture.given(RECORDED)
                .when(new CorrectCouncilInvolvement("ci-1", null, new RecordCouncilInvolvement("ci-1", THEME_MEETING,
                        InvolvementForm.THEME_MEETING, "Temamøde", List.of("exp-9"), false), null))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("experimentIds[0]: is not a registered experiment; reason: must not be blank"));
    }

    @Test
    void givenAnInvolvement_whenCorrectedToWhatItSays_thenNothingIsAppended() {
        fixture.given(RECORDED)
                .when(new CorrectCouncilInvolvement("ci-1", null, new RecordCouncilInvolvement("ci-1", THEME_MEETING,
                        InvolvementForm.THEME_MEETING, "Temamøde", List.of("exp-1"), false), "Igen"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAWithdrawnInvolvement_whenCorrectedOrWithdrawnAgain_thenConflict() {
        fixture.given(RECORDED, new CouncilInvolvementWithdrawn("ci-1", "Dublet"))
                .when(new WithdrawCouncilInvolvement("ci-1", null, "Igen"))
                .expectNoEvents()
                .expectException(RuleViolatedException.class);
        fixture.given(RECORDED)
                .when(new WithdrawCouncilInvolvement("ci-1", null, "Dublet"))
                .expectEvents(new CouncilInvolvementWithdrawn("ci-1", "Dublet"));
    }
}
