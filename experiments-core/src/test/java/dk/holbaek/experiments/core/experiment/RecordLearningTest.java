package dk.holbaek.experiments.core.experiment;

import static dk.holbaek.experiments.core.experiment.ExperimentSamples.ID;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.activityLogged;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.approved;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.registered;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.started;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.RecordLearning;

class RecordLearningTest {

    private static final LocalDate RECORDED_ON = LocalDate.of(2014, 12, 15);

    private AggregateTestFixture<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
        fixture.registerInjectableResource(Periods.programme());
    }

    private static RecordLearning learning(int assessment, String activityId) {
        return new RecordLearning(ID, null, "l-1", Criterion.POLITICAL_LEADERSHIP, "Politikerne hørte familiernes ønsker",
                "Referat fra borgermødet", List.of(KnowledgeKind.WISHES, KnowledgeKind.ATTITUDES, KnowledgeKind.WISHES),
                assessment, activityId, RECORDED_ON);
    }

    @Test
    void givenConcludedExperiment_whenLearningRecordedAfterwards_thenLearningRecorded() {
        fixture.given(registered(), approved(), started(), activityLogged("act-1", LocalDate.of(2014, 3, 18)),
                        new ExperimentConcluded(ID, LocalDate.of(2014, 11, 30), "Resumé"))
                .when(learning(2, "act-1"))
                .expectEvents(new LearningRecorded(ID, "l-1", Criterion.POLITICAL_LEADERSHIP,
                        "Politikerne hørte familiernes ønsker", "Referat fra borgermødet",
                        List.of(KnowledgeKind.ATTITUDES, KnowledgeKind.WISHES), 2, "act-1", RECORDED_ON));
    }

    @Test
    void givenRunningExperiment_whenAssessmentOutsideScale_thenRejected() {
        fixture.given(registered(), approved(), started())
                .when(learning(3, null))
                .expectNoEvents()
                .expectExceptionMessage("assessment: must be a whole number from -2 to +2");
    }

    @Test
    void givenRunningExperiment_whenLearningRefersToUnknownActivity_thenRejected() {
        fixture.given(registered(), approved(), started())
                .when(learning(1, "act-9"))
                .expectNoEvents()
                .expectExceptionMessage("A learning can only refer to an activity of the same experiment; "
                        + "activity act-9 is not logged on this experiment.");
    }

    @Test
    void givenCancelledExperiment_whenLearningRecorded_thenNothingIsAdded() {
        fixture.given(registered(), new ExperimentCancelled(ID, LocalDate.of(2014, 2, 1), "Aflyst"))
                .when(learning(0, null))
                .expectNoEvents()
                .expectExceptionMessage("A learning cannot be added to a cancelled experiment.");
    }

    @Test
    void givenRunningExperiment_whenRecordedBeforeStart_thenRejected() {
        fixture.given(registered(), approved(), started())
                .when(new RecordLearning(ID, null, "l-1", Criterion.BROAD_INVOLVEMENT, "Indsigt", null, null, 0, null,
                        LocalDate.of(2014, 1, 1)))
                .expectNoEvents()
                .expectExceptionMessage("A learning cannot be recorded (2014-01-01) before the experiment started (2014-03-10).");
    }
}
