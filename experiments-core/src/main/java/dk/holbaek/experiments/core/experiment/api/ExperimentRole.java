package dk.holbaek.experiments.core.experiment.api;

/** Whether the experimentarium initiated the experiment or inspires and collects learning from someone else's project. */
public enum ExperimentRole {
    INITIATED, OBSERVED
}
