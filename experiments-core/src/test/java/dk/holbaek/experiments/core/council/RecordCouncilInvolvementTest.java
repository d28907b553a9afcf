package dk.holbaek.experiments.core.council;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;
import dk.holbaek.experiments.core.council.api.InvolvementForm;
import dk.holbaek.experiments.core.council.api.RecordCouncilInvolvement;
import dk.holbaek.experiments.core.programme.KnownProgramme;

class RecordCouncilInvolvementTest {

    private static final LocalDate THEME_MEETING = LocalDate.of(2014, 4, 23);

    private AggregateTestFixture<CouncilInvolvement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CouncilInvolvement.class);
        fixture.registerInjectableResource(Periods.programme());
        fixture.registerInjectableResource(new KnownProgramme().experiment("exp-1").experiment("exp-2"));
    }

    @Test
    void givenKnownExperiments_whenInvolvementRecorded_thenCouncilInvolvementRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordCouncilInvolvement("ci-1", THEME_MEETING, InvolvementForm.THEME_MEETING,
                        "Temamøde om dialog med lokalområderne", List.of("exp-1", "exp-2"), true))
                .expectEvents(new CouncilInvolvementRecorded("ci-1", THEME_MEETING, InvolvementForm.THEME_MEETING,
                        "Temamøde om dialog med lokalområderne", List.of("exp-1", "exp-2"), true));
    }

    @Test
    void givenKnownExperiments_whenOneIsNamedTwice_thenRejectedNamingTheRepeat() {
        fixture.givenNoPriorActivity()
                .when(new RecordCouncilInvolvement("ci-1", THEME_MEETING, InvolvementForm.THEME_MEETING,
                        "Temamøde om dialog med lokalområderne", List.of("exp-1", "exp-2", "exp-1"), true))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("experimentIds[2]: repeats experimentIds[0]"));
    }

    @Test
    void givenAnyProgramme_whenTheMeetingLiesOutsideTheProgrammeOrAfterToday_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new RecordCouncilInvolvement("ci-1", LocalDate.of(2013, 12, 31), InvolvementForm.BRIEFING,
                        "Orientering", null, false))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(
                        "occurredOn: must lie within the programme's period, 2014-01-01 to 2016-12-31"));
        fixture.givenNoPriorActivity()
                .when(new RecordCouncilInvolvement("ci-2", Periods.TODAY.plusDays(1), InvolvementForm.BRIEFING,
                        "Orientering", null, false))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("occurredOn: lies after today (2016-06-01)"));
    }

    @Test
    void givenNoExperiments_whenInvolvementRecordedWithoutAny_thenRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordCouncilInvolvement("ci-1", THEME_MEETING, InvolvementForm.BRIEFING, "Orientering", null, false))
                .expectEvents(new CouncilInvolvementRecorded("ci-1", THEME_MEETING, InvolvementForm.BRIEFING, "Orientering",
                        List.of(), false));
    }

    @Test
    void givenNothing_whenInvolvementRefersToUnknownExperiment_thenTheFieldIsNamed() {
        fixture.givenNoPriorActivity()
                .when(new RecordCouncilInvolvement("ci-1", THEME_MEETING, InvolvementForm.COUNCIL_MEETING, "Byrådsmøde",
                        List.of("exp-1", "exp-404"), false))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("experimentIds[1]: is not a registered experiment");
    }

    @Test
    void givenNothing_whenTopicBlankAndNoDate_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new RecordCouncilInvolvement("ci-1", null, InvolvementForm.COUNCIL_MEETING, " ", null, false))
                .expectNoEvents()
                .expectExceptionMessage("occurredOn: must be given; topic: must not be blank");
    }
}
