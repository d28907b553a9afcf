package dk.holbaek.experiments.core.experiment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.RegisterExperiment;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;

class RegisterExperimentTest {

    private AggregateTestFixture<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
        fixture.registerInjectableResource(Periods.programme());
    }

    @Test
    void givenNothing_whenExperimentRegistered_thenExperimentRegisteredWithSortedDistinctAreasAndGroups() {
        fixture.givenNoPriorActivity()
                .when(new RegisterExperiment("exp-1", "  Borgerbudget i Tølløse ", "Borgere prioriterer midler klogere",
                        Method.PARTICIPATORY_BUDGET, ExperimentRole.INITIATED,
                        List.of(InsightArea.LOCAL_INITIATIVE, InsightArea.POLITICAL_DIRECTION, InsightArea.LOCAL_INITIATIVE),
                        List.of(TargetGroup.YOUNG_PEOPLE, TargetGroup.FAMILIES_WITH_CHILDREN), " ", LocalDate.of(2014, 3, 1),
                        LocalDate.of(2014, 11, 30), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ExperimentRegistered("exp-1", "Borgerbudget i Tølløse", "Borgere prioriterer midler klogere",
                        Method.PARTICIPATORY_BUDGET, ExperimentRole.INITIATED,
                        List.of(InsightArea.POLITICAL_DIRECTION, InsightArea.LOCAL_INITIATIVE),
                        List.of(TargetGroup.FAMILIES_WITH_CHILDREN, TargetGroup.YOUNG_PEOPLE), null, LocalDate.of(2014, 3, 1),
                        LocalDate.of(2014, 11, 30), null));
    }

    @Test
    void givenNothing_whenRegisteredWithoutInsightAreaAndWithEndBeforeStart_thenEveryBadFieldIsNamed() {
        fixture.givenNoPriorActivity()
                .when(new RegisterExperiment("exp-1", " ", "Hypotese", Method.OTHER, null, List.of(), null, null,
                        LocalDate.of(2014, 5, 1), LocalDate.of(2014, 4, 1), null))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("title: must not be blank; role: must be given; "
                        + "insightAreas: must name at least one insight area; plannedEnd: must not lie before plannedStart");
    }

    @Test
    void givenNothing_whenRegisteredWithANullInsightArea_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterExperiment("exp-1", "Titel", "Hypotese", Method.OTHER, ExperimentRole.OBSERVED,
                        Arrays.asList(InsightArea.LOCAL_INITIATIVE, null), null, null, null, null, null))
                .expectNoEvents()
                .expectExceptionMessage("insightAreas: must not contain null");
    }
}
