package dk.holbaek.experiments.core.experiment;

import static dk.holbaek.experiments.core.experiment.ExperimentSamples.ID;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.approved;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.registered;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.started;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.Initiator;
import dk.holbaek.experiments.core.experiment.api.RecordInitiative;
import dk.holbaek.experiments.core.experiment.api.SupportKind;

class RecordInitiativeTest {

    private static final LocalDate RECORDED_ON = LocalDate.of(2014, 5, 2);

    private AggregateTestFixture<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
        fixture.registerInjectableResource(Periods.programme());
    }

    @Test
    void givenRunningExperiment_whenInitiativeRecorded_thenInitiativeRecorded() {
        fixture.given(registered(), approved(), started())
                .when(new RecordInitiative(ID, null, "i-1", " Naturlegeplads ved hallen ", Initiator.ASSOCIATION,
                        List.of(SupportKind.PREMISES, SupportKind.ADVICE), new BigDecimal("12.5"), new BigDecimal("15000"),
                        InitiativeStatus.SUPPORTED, RECORDED_ON))
                .expectEvents(new InitiativeRecorded(ID, "i-1", "Naturlegeplads ved hallen", Initiator.ASSOCIATION,
                        List.of(SupportKind.ADVICE, SupportKind.PREMISES), new BigDecimal("12.5"), new BigDecimal("15000"),
                        InitiativeStatus.SUPPORTED, RECORDED_ON));
    }

    @Test
    void givenRunningExperiment_whenNoSupportKindAndNegativeHours_thenRejected() {
        fixture.given(registered(), approved(), started())
                .when(new RecordInitiative(ID, null, "i-1", "Initiativ", Initiator.CITIZENS, List.of(), new BigDecimal("-1"),
                        null, InitiativeStatus.REALISED, RECORDED_ON))
                .expectNoEvents()
                .expectExceptionMessage("supportKinds: must name at least one kind of support; supportHours: must not be negative");
    }

    @Test
    void givenProposedExperiment_whenInitiativeRecorded_thenRejectedUntilStarted() {
        fixture.given(registered())
                .when(new RecordInitiative(ID, null, "i-1", "Initiativ", Initiator.CITIZENS, List.of(SupportKind.NETWORK), null,
                        null, InitiativeStatus.SUPPORTED, RECORDED_ON))
                .expectNoEvents()
                .expectExceptionMessage("An initiative can only be added once the experiment has started; this one is proposed.");
    }
}
