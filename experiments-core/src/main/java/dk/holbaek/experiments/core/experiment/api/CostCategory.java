package dk.holbaek.experiments.core.experiment.api;

/** What money was spent on; the mandate names catering, speakers and IT support. */
public enum CostCategory {
    CATERING, SPEAKERS, IT_SUPPORT, VENUE, OTHER
}
