package dk.holbaek.experiments.core.recommendation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * A recommendation recorded, resting on learnings, with what makes it a proposal the council can decide on:
 * {@code rationale}, {@code economicConsequenceDkk} per year, {@code owner}, {@code implementBy} (each null when not
 * given). Revision 1 had none of these four, and reads with them null.
 */
@Revision("2")
public record RecommendationRecorded(
        String recommendationId,
        String title,
        String text,
        List<LearningReference> basedOnLearnings,
        String rationale,
        BigDecimal economicConsequenceDkk,
        String owner,
        LocalDate implementBy) implements RecommendationEvent {

    /** A recommendation with its title, text and learnings only. */
    public RecommendationRecorded(String recommendationId, String title, String text,
                                  List<LearningReference> basedOnLearnings) {
        this(recommendationId, title, text, basedOnLearnings, null, null, null, null);
    }
}
