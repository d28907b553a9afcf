package dk.holbaek.experiments.core.experiment.api;

/** How an experiment's hypothesis fared, judged when the experiment is concluded. */
public enum HypothesisOutcome {
    HELD, PARTLY_HELD, NOT_HELD, INCONCLUSIVE
}
