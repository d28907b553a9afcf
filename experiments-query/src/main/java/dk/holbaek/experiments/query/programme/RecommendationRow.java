package dk.holbaek.experiments.query.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;

/**
 * A recommendation to the city council with the learnings it rests on, what makes it decidable ({@link Substance};
 * null in rows written before it existed) and who adopted it when.
 */
@Document("view_recommendations")
public record RecommendationRow(@Id String id, String title, String text, List<LearningReference> basedOnLearnings,
                                Substance substance, Map<AdoptingBody, LocalDate> adoptions, long version,
                                List<String> eventIds, boolean withdrawn) implements Row {

    /** Its rationale, economic consequence per year (negative: a saving), owner and date to implement by. */
    public record Substance(String rationale, BigDecimal economicConsequenceDkk, String owner, LocalDate implementBy) {

        static Substance of(RecommendationRecorded e) {
            return new Substance(e.rationale(), e.economicConsequenceDkk(), e.owner(), e.implementBy());
        }
    }

    /** The same adoptions, the recommendation's content as corrected. */
    RecommendationRow corrected(RecommendationRecorded corrected, long sequence, String eventId) {
        return new RecommendationRow(id, corrected.title(), corrected.text(), corrected.basedOnLearnings(),
                Substance.of(corrected), adoptions, sequence, with(eventId), withdrawn);
    }

    RecommendationRow asWithdrawn(long sequence, String eventId) {
        return new RecommendationRow(id, title, text, basedOnLearnings, substance, adoptions, sequence, with(eventId), true);
    }

    private List<String> with(String eventId) {
        List<String> ids = new ArrayList<>(eventIds);
        ids.add(eventId);
        return List.copyOf(ids);
    }

    RecommendationRow adoptedBy(AdoptingBody body, LocalDate on, long sequence, String eventId) {
        Map<AdoptingBody, LocalDate> adopted = new TreeMap<>(adoptions);
        adopted.put(body, on);
        List<String> ids = new ArrayList<>(eventIds);
        ids.add(eventId);
        return new RecommendationRow(id, title, text, basedOnLearnings, substance, adopted, sequence, List.copyOf(ids),
                withdrawn);
    }
}
