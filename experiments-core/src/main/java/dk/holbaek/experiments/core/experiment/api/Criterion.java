package dk.holbaek.experiments.core.experiment.api;

/** The programme's four success criteria. */
public enum Criterion {
    POLITICAL_LEADERSHIP, BROAD_INVOLVEMENT, ADMINISTRATION_COLLABORATION, MUNICIPALITY_AS_PARTNER
}
