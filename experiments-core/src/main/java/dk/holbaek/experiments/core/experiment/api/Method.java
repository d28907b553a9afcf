package dk.holbaek.experiments.core.experiment.api;

/** How an experiment engages citizens; the methods named in the mandate, and OTHER. */
public enum Method {
    TOPIC_SUMMIT, DIGITAL_DIALOGUE, PARTICIPATORY_BUDGET, LOCAL_COMMITTEE_MEETING, FIELD_EXCURSION, LOCAL_DEBATE, PEER_TEACHING, PARTNERSHIP, OTHER
}
