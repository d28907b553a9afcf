package dk.holbaek.experiments.core.experiment.api;

/** Where a supported initiative stands. */
public enum InitiativeStatus {
    SUPPORTED, REALISED, STOPPED
}
