package dk.holbaek.experiments.core.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;

import dk.holbaek.experiments.core.common.Checks;
import dk.holbaek.experiments.core.common.Limits;
import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.AdoptionCorrected;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecommendationAdopted;
import dk.holbaek.experiments.core.recommendation.api.RecommendationCorrected;
import dk.holbaek.experiments.core.recommendation.api.RecommendationEvent;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;
import dk.holbaek.experiments.core.recommendation.api.RecommendationWithdrawn;

/** What a recommendation and its adoption may hold, for a command and for an event brought in from elsewhere alike. */
public final class RecommendationContent {

    private RecommendationContent() {
    }

    static Checks recorded(String title, String text, List<String> learningIds) {
        return new Checks()
                .shortText(title, "title", true)
                .longText(text, "text", true)
                .require(!learningIds.isEmpty(), "basedOnLearnings", "must name at least one recorded learning")
                .distinctIdentifiers(learningIds, "basedOnLearnings");
    }

    private static Checks recorded(RecommendationRecorded e, BiPredicate<String, String> learningOfExperiment) {
        List<LearningReference> references = e.basedOnLearnings() == null ? List.of() : e.basedOnLearnings();
        Checks content = recorded(e.title(), e.text(), references.stream()
                .map(reference -> reference == null ? null : reference.learningId()).toList());
        if (references.size() <= Limits.REFERENCES) {
            for (int i = 0; i < references.size(); i++) {
                LearningReference reference = references.get(i);
                content.require(reference == null || learningOfExperiment.test(reference.learningId(),
                        reference.experimentId()), "basedOnLearnings[" + i + "]",
                        "is not a learning recorded on that experiment");
            }
        }
        return content;
    }

    static Checks adopted(LocalDate adoptedOn, AdoptingBody adoptedBy, ProgrammePeriod period) {
        return new Checks()
                .date(adoptedOn, "adoptedOn", period, true, true)
                .require(adoptedBy != null, "adoptedBy", "must be given");
    }

    /** {@code recorded}: whether a learning of that id was recorded on that experiment. */
    public static void check(RecommendationEvent event, ProgrammePeriod period,
                             BiPredicate<String, String> learningOfExperiment) {
        Checks checks = new Checks().identifier(event.recommendationId(), "recommendationId");
        checks.throwIfAny();
        if (event instanceof RecommendationRecorded e) {
            recorded(e, learningOfExperiment).throwIfAny();
        } else if (event instanceof RecommendationCorrected e) {
            Checks content = e.corrected() == null || !event.recommendationId().equals(e.corrected().recommendationId())
                    ? new Checks().require(false, "corrected", "must be the corrected recommendation itself")
                    : recorded(e.corrected(), learningOfExperiment);
            content.longText(e.reason(), "reason", true).throwIfAny();
        } else if (event instanceof RecommendationWithdrawn e) {
            new Checks().longText(e.reason(), "reason", true).throwIfAny();
        } else if (event instanceof AdoptionCorrected e) {
            (e.corrected() == null ? new Checks().require(false, "corrected", "must be the corrected adoption")
                    : adopted(e.corrected().adoptedOn(), e.corrected().adoptedBy(), period))
                    .longText(e.reason(), "reason", true).throwIfAny();
        } else if (event instanceof RecommendationAdopted e) {
            adopted(e.adoptedOn(), e.adoptedBy(), period).throwIfAny();
        }
    }
}
