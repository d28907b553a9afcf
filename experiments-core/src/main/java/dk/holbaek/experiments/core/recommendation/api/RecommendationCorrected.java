package dk.holbaek.experiments.core.recommendation.api;

import org.axonframework.serialization.Revision;

/** A recommendation as it should have been recorded (title, text, the learnings it rests on); its adoptions stay. */
@Revision("1")
public record RecommendationCorrected(
        String recommendationId,
        RecommendationRecorded corrected,
        String reason) implements RecommendationEvent {
}
