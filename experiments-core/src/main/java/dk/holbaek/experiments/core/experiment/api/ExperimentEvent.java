package dk.holbaek.experiments.core.experiment.api;

/** The events in an experiment's history. */
public sealed interface ExperimentEvent permits ExperimentRegistered, ExperimentApproved, ExperimentStarted,
        ExperimentConcluded, ExperimentCancelled, ActivityLogged, LearningRecorded, InitiativeRecorded {

    String experimentId();
}
