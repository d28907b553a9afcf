package dk.holbaek.experiments.core.programme;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentWithdrawn;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.LearningWithdrawn;
import dk.holbaek.experiments.core.recommendation.api.RecommendationCorrected;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;
import dk.holbaek.experiments.core.recommendation.api.RecommendationWithdrawn;

/**
 * Keeps the {@link MongoProgrammeDirectory} in step with the event log. It runs in the publishing thread
 * (a subscribing processor), so an experiment or learning can be referred to as soon as its command returned.
 */
@ProcessingGroup(ProgrammeDirectoryUpdater.PROCESSING_GROUP)
public class ProgrammeDirectoryUpdater {

    public static final String PROCESSING_GROUP = "programme-directory";

    private final MongoProgrammeDirectory directory;

    public ProgrammeDirectoryUpdater(MongoProgrammeDirectory directory) {
        this.directory = directory;
    }

    @EventHandler
    void on(ExperimentRegistered event) {
        directory.registerExperiment(event.experimentId());
    }

    @EventHandler
    void on(LearningRecorded event) {
        directory.registerLearning(event.learningId(), event.experimentId());
    }

    @EventHandler
    void on(ExperimentWithdrawn event) {
        directory.withdrawExperiment(event.experimentId());
    }

    @EventHandler
    void on(LearningWithdrawn event) {
        directory.withdrawLearning(event.learningId());
    }

    @EventHandler
    void on(RecommendationRecorded event) {
        event.basedOnLearnings().forEach(reference -> directory.cite(reference.learningId(), event.recommendationId()));
    }

    @EventHandler
    void on(RecommendationCorrected event) {
        directory.uncite(event.recommendationId());
        event.corrected().basedOnLearnings()
                .forEach(reference -> directory.cite(reference.learningId(), event.recommendationId()));
    }

    @EventHandler
    void on(RecommendationWithdrawn event) {
        directory.uncite(event.recommendationId());
    }

    @ResetHandler
    void reset() {
        directory.clear();
    }
}
