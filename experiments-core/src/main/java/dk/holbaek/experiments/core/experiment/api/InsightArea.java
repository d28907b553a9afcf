package dk.holbaek.experiments.core.experiment.api;

/** The three areas the programme must learn about. */
public enum InsightArea {
    POLITICAL_DIRECTION, SERVICE_INNOVATION, LOCAL_INITIATIVE
}
