package dk.holbaek.experiments.core.recommendation.api;

/** A learning that a recommendation rests on, with the experiment it was recorded on. */
public record LearningReference(String learningId, String experimentId) {
}
