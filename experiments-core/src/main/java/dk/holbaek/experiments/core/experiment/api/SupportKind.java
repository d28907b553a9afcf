package dk.holbaek.experiments.core.experiment.api;

/** How the municipality supports an initiative. */
public enum SupportKind {
    ADVICE, PREMISES, FUNDING, STAFF_TIME, NETWORK
}
