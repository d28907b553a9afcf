package dk.holbaek.experiments.core.recommendation;

import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.common.api.EntryNotFoundException;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.programme.KnownProgramme;
import dk.holbaek.experiments.core.recommendation.api.AdoptRecommendation;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.AdoptionCorrected;
import dk.holbaek.experiments.core.recommendation.api.CorrectAdoption;
import dk.holbaek.experiments.core.recommendation.api.CorrectRecommendation;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecommendationAdopted;
import dk.holbaek.experiments.core.recommendation.api.RecommendationCorrected;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;
import dk.holbaek.experiments.core.recommendation.api.RecommendationWithdrawn;
import dk.holbaek.experiments.core.recommendation.api.RecordRecommendation;
import dk.holbaek.experiments.core.recommendation.api.WithdrawRecommendation;

class CorrectRecommendationTest {

    private static final LocalDate COMMITTEE = LocalDate.of(2015, 11, 5);
    private static final LocalDate COUNCIL = LocalDate.of(2015, 11, 19);
    private static final RecommendationRecorded RECORDED = new RecommendationRecorded("r-1", "Titel", "Tekst",
            List.of(new LearningReference("l-1", "exp-1")));

    private AggregateTestFixture<Recommendation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Recommendation.class);
        fixture.registerInjectableResource(Periods.programme());
        fixture.registerInjectableResource(new KnownProgramme().learning("l-1", "exp-1").learning("l-2", "exp-2"));
    }

    @Test
    void givenARecommendation_whenItsLearningsAreCorrected_thenCorrectedWithTheirExperiments() {
        fixture.given(RECORDED)
                .when(new CorrectRecommendation("r-1", null, new RecordRecommendation("r-1", "Titel", "Tekst",
                        List.of("l-2")), "Hviler på det andet læringspunkt"))
                .expectEvents(new RecommendationCorrected("r-1", new RecommendationRecorded("r-1", "Titel", "Tekst",
                        List.of(new LearningReference("l-2", "exp-2"))), "Hviler på det andet læringspunkt"));
    }

    @Test
    void givenARecommendation_whenCorrectedWithoutAReason_thenRefused() {
        fixture.given(RECORDED)
                .when(new CorrectRecommendation("r-1", null, new RecordRecommendation("r-1", "Titel", "Tekst",
                        List.of("l-2")), " "))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("reason: must not be blank"));
    }

    @Test
    void givenBothAdoptions_whenTheCouncilsIsCorrectedToBeforeTheCommittees_thenConflict() {
        fixture.given(RECORDED, new RecommendationAdopted("r-1", COMMITTEE, AdoptingBody.PROJECT_COMMITTEE),
                        new RecommendationAdopted("r-1", COUNCIL, AdoptingBody.CITY_COUNCIL))
                .when(new CorrectAdoption("r-1", null, new AdoptRecommendation("r-1", null, COMMITTEE.minusDays(1),
                        AdoptingBody.CITY_COUNCIL), "Forkert dato"))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage(containsString("would lie before the project committee's"));
    }

    @Test
    void givenTheCommitteesAdoption_whenItsDateIsCorrected_thenAdoptionCorrected_andAnUnrecordedOneIsNotFound() {
        fixture.given(RECORDED, new RecommendationAdopted("r-1", COMMITTEE, AdoptingBody.PROJECT_COMMITTEE))
                .when(new CorrectAdoption("r-1", null, new AdoptRecommendation("r-1", null, COMMITTEE.plusDays(1),
                        AdoptingBody.PROJECT_COMMITTEE), "Mødet var dagen efter"))
                .expectEvents(new AdoptionCorrected("r-1", new RecommendationAdopted("r-1", COMMITTEE.plusDays(1),
                        AdoptingBody.PROJECT_COMMITTEE), "Mødet var dagen efter"));
        fixture.given(RECORDED)
                .when(new CorrectAdoption("r-1", null, new AdoptRecommendation("r-1", null, COUNCIL,
                        AdoptingBody.CITY_COUNCIL), "Fejl"))
                .expectNoEvents()
                .expectException(EntryNotFoundException.class);
    }

    @Test
    void givenAWithdrawnRecommendation_whenAdoptedOrWithdrawnAgain_thenConflict() {
        fixture.given(RECORDED, new RecommendationWithdrawn("r-1", "Dublet"))
                .when(new AdoptRecommendation("r-1", null, COMMITTEE, AdoptingBody.PROJECT_COMMITTEE))
                .expectNoEvents()
                .expectException(RuleViolatedException.class);
        fixture.given(RECORDED)
                .when(new WithdrawRecommendation("r-1", null, "Dublet"))
                .expectEvents(new RecommendationWithdrawn("r-1", "Dublet"));
    }
}
