package dk.holbaek.experiments.core.recommendation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A recommendation to the city council; it must rest on learnings that were recorded. Optionally with its
 * {@code rationale}, its economic consequence per year ({@code economicConsequenceDkk}: a cost, or a saving as a
 * negative amount), who would carry it out ({@code owner}) and by when ({@code implementBy}).
 */
public record RecordRecommendation(
        @TargetAggregateIdentifier String recommendationId,
        String title,
        String text,
        List<String> basedOnLearnings,
        String rationale,
        BigDecimal economicConsequenceDkk,
        String owner,
        LocalDate implementBy) {

    /** A recommendation with its title, text and learnings only. */
    public RecordRecommendation(String recommendationId, String title, String text, List<String> basedOnLearnings) {
        this(recommendationId, title, text, basedOnLearnings, null, null, null, null);
    }
}
