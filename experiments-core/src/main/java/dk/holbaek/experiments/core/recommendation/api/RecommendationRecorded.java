package dk.holbaek.experiments.core.recommendation.api;

import java.util.List;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RecommendationRecorded(
        String recommendationId,
        String title,
        String text,
        List<LearningReference> basedOnLearnings) implements RecommendationEvent {
}
