package dk.holbaek.experiments.core.recommendation.api;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A recommendation to the city council; it must rest on learnings that were recorded. */
public record RecordRecommendation(
        @TargetAggregateIdentifier String recommendationId,
        String title,
        String text,
        List<String> basedOnLearnings) {
}
