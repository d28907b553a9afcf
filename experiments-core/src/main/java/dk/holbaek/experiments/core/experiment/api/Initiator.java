package dk.holbaek.experiments.core.experiment.api;

/** Who started an initiative that the municipality supports (criterion 4). */
public enum Initiator {
    CITIZENS, ASSOCIATION, BUSINESS, LOCAL_FORUM
}
