package dk.holbaek.experiments.core.experiment.api;

/** Where an experiment is in its lifecycle. */
public enum ExperimentStatus {
    PROPOSED, APPROVED, RUNNING, CONCLUDED, CANCELLED
}
