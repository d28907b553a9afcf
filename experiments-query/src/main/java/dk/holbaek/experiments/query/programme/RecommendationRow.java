package dk.holbaek.experiments.query.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;

/** A recommendation to the city council with the learnings it rests on and who adopted it when. */
@Document("view_recommendations")
public record RecommendationRow(@Id String id, String title, String text, List<LearningReference> basedOnLearnings,
                                Map<AdoptingBody, LocalDate> adoptions, long version, List<String> eventIds,
                                boolean withdrawn) implements Row {

    /** The same adoptions, the recommendation's content as corrected. */
    RecommendationRow corrected(String newTitle, String newText, List<LearningReference> newLearnings, long sequence,
                                String eventId) {
        return new RecommendationRow(id, newTitle, newText, newLearnings, adoptions, sequence, with(eventId), withdrawn);
    }

    RecommendationRow asWithdrawn(long sequence, String eventId) {
        return new RecommendationRow(id, title, text, basedOnLearnings, adoptions, sequence, with(eventId), true);
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
        return new RecommendationRow(id, title, text, basedOnLearnings, adopted, sequence, List.copyOf(ids), withdrawn);
    }
}
