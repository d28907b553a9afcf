package dk.holbaek.experiments.core.experiment.api;

/** Whether participants met in person, online or both. */
public enum Channel {
    PHYSICAL, DIGITAL, HYBRID
}
