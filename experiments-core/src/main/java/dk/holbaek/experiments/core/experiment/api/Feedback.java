package dk.holbaek.experiments.core.experiment.api;

/** Participants' answers to whether they found the dialogue meaningful. */
public record Feedback(Integer respondents, Integer foundMeaningful) {
}
