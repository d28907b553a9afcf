package dk.holbaek.experiments.core.experiment.api;

/** What kind of activity took place. */
public enum ActivityKind {
    MEETING, WORKSHOP, SUMMIT, ONLINE_DEBATE, SURVEY, EXCURSION, VOTE, TEACHING, OTHER
}
