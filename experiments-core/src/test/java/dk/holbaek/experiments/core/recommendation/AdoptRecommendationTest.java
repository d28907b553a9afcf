package dk.holbaek.experiments.core.recommendation;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.programme.KnownProgramme;
import dk.holbaek.experiments.core.recommendation.api.AdoptRecommendation;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecommendationAdopted;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;

class AdoptRecommendationTest {

    private static final LocalDate COMMITTEE_MEETING = LocalDate.of(2015, 11, 5);
    private static final RecommendationRecorded RECORDED = new RecommendationRecorded("r-1", "Titel", "Tekst",
            List.of(new LearningReference("l-1", "exp-1")));

    private AggregateTestFixture<Recommendation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Recommendation.class);
        fixture.registerInjectableResource(Periods.programme());
        fixture.registerInjectableResource(new KnownProgramme());
    }

    @Test
    void givenRecordedRecommendation_whenCommitteeAdoptsIt_thenRecommendationAdopted() {
        fixture.given(RECORDED)
                .when(new AdoptRecommendation("r-1", null, COMMITTEE_MEETING, AdoptingBody.PROJECT_COMMITTEE))
                .expectEvents(new RecommendationAdopted("r-1", COMMITTEE_MEETING, AdoptingBody.PROJECT_COMMITTEE));
    }

    @Test
    void givenCommitteeAdoption_whenCouncilAdoptsLater_thenRecommendationAdopted() {
        LocalDate councilMeeting = LocalDate.of(2015, 12, 16);
        fixture.given(RECORDED, new RecommendationAdopted("r-1", COMMITTEE_MEETING, AdoptingBody.PROJECT_COMMITTEE))
                .when(new AdoptRecommendation("r-1", null, councilMeeting, AdoptingBody.CITY_COUNCIL))
                .expectEvents(new RecommendationAdopted("r-1", councilMeeting, AdoptingBody.CITY_COUNCIL));
    }

    @Test
    void givenCommitteeAdoption_whenCommitteeAdoptsAgain_thenRejected() {
        fixture.given(RECORDED, new RecommendationAdopted("r-1", COMMITTEE_MEETING, AdoptingBody.PROJECT_COMMITTEE))
                .when(new AdoptRecommendation("r-1", null, COMMITTEE_MEETING.plusDays(7), AdoptingBody.PROJECT_COMMITTEE))
                .expectNoEvents()
                .expectException(RuleViolatedException.class)
                .expectExceptionMessage("This recommendation was already adopted by the project committee on 2015-11-05.");
    }

    @Test
    void givenCommitteeAdoption_whenCouncilAdoptionDatedEarlier_thenRejected() {
        fixture.given(RECORDED, new RecommendationAdopted("r-1", COMMITTEE_MEETING, AdoptingBody.PROJECT_COMMITTEE))
                .when(new AdoptRecommendation("r-1", null, COMMITTEE_MEETING.minusDays(1), AdoptingBody.CITY_COUNCIL))
                .expectNoEvents()
                .expectExceptionMessage("The city council cannot adopt a recommendation (2015-11-04) "
                        + "before the project committee put it forward (2015-11-05).");
    }
}
