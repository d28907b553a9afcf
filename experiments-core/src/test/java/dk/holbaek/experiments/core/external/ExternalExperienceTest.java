package dk.holbaek.experiments.core.external;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.external.api.CorrectExternalExperience;
import dk.holbaek.experiments.core.external.api.ExternalExperienceCorrected;
import dk.holbaek.experiments.core.external.api.ExternalExperienceRecorded;
import dk.holbaek.experiments.core.external.api.ExternalExperienceWithdrawn;
import dk.holbaek.experiments.core.external.api.RecordExternalExperience;
import dk.holbaek.experiments.core.external.api.WithdrawExternalExperience;
import dk.holbaek.experiments.core.programme.KnownProgramme;

/** Experience gathered from elsewhere: recorded, refused naming every bad field, corrected, withdrawn. */
class ExternalExperienceTest {

    private static final String LEARNED = "Et borgerbudget fordelt af et lodtrukket panel nåede grupper, som ellers "
            + "ikke kommer.";

    private AggregateTestFixture<ExternalExperience> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ExternalExperience.class);
        fixture.registerInjectableResource(Periods.programme());
        fixture.registerInjectableResource(new KnownProgramme().experiment("budget"));
    }

    @Test
    void whenRecorded_thenItIsRecorded_withItsTextsStripped() {
        fixture.givenNoPriorActivity()
                .when(new RecordExternalExperience("x-1", " Borgerbudget i Paris ", "Paris", "Frankrig", "Borgerbudget",
                        "https://budgetparticipatif.paris.fr/", LEARNED, List.of("budget"), Periods.TODAY))
                .expectEvents(recorded("Borgerbudget i Paris"));
    }

    @Test
    void whenEverythingIsWrong_thenEveryFieldIsNamed_andNothingIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordExternalExperience("x-1", " ", null, "Frankrig", null, "javascript:alert(1)", "",
                        List.of("budget", "nowhere"), Periods.TODAY.plusDays(1)))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(allOf(containsString("title: must not be blank"),
                        containsString("place: must not be blank"),
                        containsString("link: must be a web address beginning with https:// or http://"),
                        containsString("learned: must not be blank"),
                        containsString("experimentIds[1]: is not a registered experiment"),
                        containsString("recordedOn: lies after today (2016-06-01)")));
    }

    @Test
    void givenRecorded_whenCorrected_thenTheFullNewVersionIsRecorded_keepingTheDayItWasRecorded() {
        fixture.given(recorded("Borgerbudget i Paris"))
                .when(new CorrectExternalExperience("x-1", 0L, new RecordExternalExperience("x-1",
                        "Borgerbudget i Paris 2014", "Paris", "Frankrig", "Borgerbudget",
                        "https://budgetparticipatif.paris.fr/", LEARNED, List.of("budget"), Periods.TODAY), "Årstal manglede"))
                .expectEvents(new ExternalExperienceCorrected("x-1", recorded("Borgerbudget i Paris 2014"),
                        "Årstal manglede"));
    }

    @Test
    void givenWithdrawn_whenCorrectedOrWithdrawnAgain_thenRefused() {
        fixture.given(recorded("Borgerbudget i Paris"), new ExternalExperienceWithdrawn("x-1", "Dublet"))
                .when(new WithdrawExternalExperience("x-1", 1L, "Igen"))
                .expectNoEvents()
                .expectException(RuleViolatedException.class);
    }

    @Test
    void givenRecorded_whenWithdrawnWithoutAReason_thenRefused_andWithAReason_thenWithdrawn() {
        fixture.given(recorded("Borgerbudget i Paris"))
                .when(new WithdrawExternalExperience("x-1", 0L, " "))
                .expectNoEvents()
                .expectExceptionMessage(containsString("reason: must not be blank"));
        fixture.given(recorded("Borgerbudget i Paris"))
                .when(new WithdrawExternalExperience("x-1", 0L, "Registreret to gange"))
                .expectEvents(new ExternalExperienceWithdrawn("x-1", "Registreret to gange"));
    }

    private static ExternalExperienceRecorded recorded(String title) {
        return new ExternalExperienceRecorded("x-1", title, "Paris", "Frankrig", "Borgerbudget",
                "https://budgetparticipatif.paris.fr/", LEARNED, List.of("budget"), Periods.TODAY);
    }
}
