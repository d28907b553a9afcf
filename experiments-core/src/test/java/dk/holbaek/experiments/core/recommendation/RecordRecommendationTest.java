package dk.holbaek.experiments.core.recommendation;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.programme.KnownProgramme;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;
import dk.holbaek.experiments.core.recommendation.api.RecordRecommendation;

class RecordRecommendationTest {

    private AggregateTestFixture<Recommendation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Recommendation.class);
        fixture.registerInjectableResource(Periods.programme());
        fixture.registerInjectableResource(new KnownProgramme().learning("l-1", "exp-1").learning("l-2", "exp-2"));
    }

    @Test
    void givenRecordedLearnings_whenRecommendationRecorded_thenItCitesLearningsWithTheirExperiments() {
        fixture.givenNoPriorActivity()
                .when(new RecordRecommendation("r-1", "Borgerbudgetter i alle lokalområder",
                        "Byrådet bør afsætte en pulje", List.of("l-2", "l-1")))
                .expectEvents(new RecommendationRecorded("r-1", "Borgerbudgetter i alle lokalområder",
                        "Byrådet bør afsætte en pulje",
                        List.of(new LearningReference("l-2", "exp-2"), new LearningReference("l-1", "exp-1"))));
    }

    @Test
    void givenNothing_whenRecommendationRestsOnNoLearning_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new RecordRecommendation("r-1", "Titel", "Tekst", List.of()))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("basedOnLearnings: must name at least one recorded learning");
    }

    @Test
    void givenNothing_whenRecommendationCitesAnUnrecordedLearning_thenTheFieldIsNamed() {
        fixture.givenNoPriorActivity()
                .when(new RecordRecommendation("r-1", "Titel", "Tekst", List.of("l-1", "l-unknown")))
                .expectNoEvents()
                .expectExceptionMessage("basedOnLearnings[1]: is not a recorded learning");
    }

    @Test
    void givenRecordedLearnings_whenRecommendationComesWithItsSubstance_thenItIsRecordedWithIt() {
        fixture.givenNoPriorActivity()
                .when(new RecordRecommendation("r-1", "Borgerbudgetter", "Byrådet bør afsætte en pulje", List.of("l-1"),
                        " Tølløse viste, at 88 deltog ", new java.math.BigDecimal("-25000.50"), "Kultur og Fritid",
                        java.time.LocalDate.of(2017, 6, 30)))
                .expectEvents(new RecommendationRecorded("r-1", "Borgerbudgetter", "Byrådet bør afsætte en pulje",
                        List.of(new LearningReference("l-1", "exp-1")), "Tølløse viste, at 88 deltog",
                        new java.math.BigDecimal("-25000.50"), "Kultur og Fritid", java.time.LocalDate.of(2017, 6, 30)));
    }

    @Test
    void givenNothing_whenTheSubstanceIsAbsurd_thenEveryBadFieldIsNamed() {
        fixture.givenNoPriorActivity()
                .when(new RecordRecommendation("r-1", "Titel", "Tekst", List.of("l-1"), "Begrundelse",
                        new java.math.BigDecimal("-100000000000"), "Ejer\nmed linjeskift", java.time.LocalDate.of(2099, 1, 1)))
                .expectNoEvents()
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("economicConsequenceDkk: must be between -100,000,000 and 100,000,000 kroner"),
                        org.hamcrest.Matchers.containsString("owner: must be one line"),
                        org.hamcrest.Matchers.containsString("implementBy: must lie between 2014-01-01 and 2026-12-31")));
    }
}
