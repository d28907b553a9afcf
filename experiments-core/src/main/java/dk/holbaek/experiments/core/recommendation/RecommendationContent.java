package dk.holbaek.experiments.core.recommendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;

import dk.holbaek.experiments.core.common.Checks;
import dk.holbaek.experiments.core.common.Limits;
import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.core.recommendation.api.AdoptRecommendation;
import dk.holbaek.experiments.core.recommendation.api.CorrectAdoption;
import dk.holbaek.experiments.core.recommendation.api.CorrectRecommendation;
import dk.holbaek.experiments.core.recommendation.api.RecordRecommendation;
import dk.holbaek.experiments.core.recommendation.api.WithdrawRecommendation;
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

    /** A recommendation is to be carried out within ten years of the programme's end. */
    static final int YEARS_TO_IMPLEMENT = 10;

    /** What makes a recommendation decidable: its rationale, yearly economic consequence, owner and date. */
    static Checks substance(Checks checks, String rationale, BigDecimal economicConsequenceDkk, String owner,
                            LocalDate implementBy, ProgrammePeriod period) {
        return checks.longText(rationale, "rationale", false)
                .signedKroner(economicConsequenceDkk, "economicConsequenceDkk")
                .shortText(owner, "owner", false)
                .plannedDate(implementBy, "implementBy", period, YEARS_TO_IMPLEMENT);
    }

    static Checks recorded(String title, String text, List<String> learningIds) {
        return new Checks()
                .shortText(title, "title", true)
                .longText(text, "text", true)
                .require(!learningIds.isEmpty(), "basedOnLearnings", Flaw.NO_LEARNING)
                .distinctIdentifiers(learningIds, "basedOnLearnings");
    }

    private static Checks recorded(RecommendationRecorded e, BiPredicate<String, String> learningOfExperiment,
                                   ProgrammePeriod period) {
        List<LearningReference> references = e.basedOnLearnings() == null ? List.of() : e.basedOnLearnings();
        Checks content = substance(recorded(e.title(), e.text(), references.stream()
                .map(reference -> reference == null ? null : reference.learningId()).toList()),
                e.rationale(), e.economicConsequenceDkk(), e.owner(), e.implementBy(), period);
        if (references.size() <= Limits.REFERENCES) {
            for (int i = 0; i < references.size(); i++) {
                LearningReference reference = references.get(i);
                content.require(reference == null || learningOfExperiment.test(reference.learningId(),
                        reference.experimentId()), "basedOnLearnings[" + i + "]",
                        Flaw.NOT_A_LEARNING_OF_THAT_EXPERIMENT);
            }
        }
        return content;
    }

    static Checks adopted(LocalDate adoptedOn, AdoptingBody adoptedBy, ProgrammePeriod period) {
        return new Checks()
                .date(adoptedOn, "adoptedOn", period, true, true)
                .require(adoptedBy != null, "adoptedBy", Flaw.GIVEN);
    }

    /** A command's content by its rules, without asking which learnings exist; throws naming every bad field. */
    public static void checkCommand(Object command, ProgrammePeriod period) {
        if (command instanceof RecordRecommendation c) {
            command(c, period).throwIfAny();
        } else if (command instanceof CorrectRecommendation c) {
            (c.corrected() == null ? new Checks() : command(c.corrected(), period)).longText(c.reason(), "reason", true)
                    .throwIfAny();
        } else if (command instanceof WithdrawRecommendation c) {
            new Checks().longText(c.reason(), "reason", true).throwIfAny();
        } else if (command instanceof AdoptRecommendation c) {
            adopted(c.adoptedOn(), c.adoptedBy(), period).throwIfAny();
        } else if (command instanceof CorrectAdoption c) {
            (c.corrected() == null ? new Checks() : adopted(c.corrected().adoptedOn(), c.corrected().adoptedBy(), period))
                    .longText(c.reason(), "reason", true).throwIfAny();
        }
    }

    private static Checks command(RecordRecommendation c, ProgrammePeriod period) {
        return substance(recorded(c.title(), c.text(), c.basedOnLearnings() == null ? List.of() : c.basedOnLearnings()),
                c.rationale(), c.economicConsequenceDkk(), c.owner(), c.implementBy(), period);
    }

    /** {@code recorded}: whether a learning of that id was recorded on that experiment. */
    public static void check(RecommendationEvent event, ProgrammePeriod period,
                             BiPredicate<String, String> learningOfExperiment) {
        Checks checks = new Checks().identifier(event.recommendationId(), "recommendationId");
        checks.throwIfAny();
        if (event instanceof RecommendationRecorded e) {
            recorded(e, learningOfExperiment, period).throwIfAny();
        } else if (event instanceof RecommendationCorrected e) {
            Checks content = e.corrected() == null || !event.recommendationId().equals(e.corrected().recommendationId())
                    ? new Checks().require(false, "corrected", Flaw.NOT_THE_CORRECTED_FACT)
                    : recorded(e.corrected(), learningOfExperiment, period);
            content.longText(e.reason(), "reason", true).throwIfAny();
        } else if (event instanceof RecommendationWithdrawn e) {
            new Checks().longText(e.reason(), "reason", true).throwIfAny();
        } else if (event instanceof AdoptionCorrected e) {
            (e.corrected() == null ? new Checks().require(false, "corrected", Flaw.NOT_THE_CORRECTED_FACT)
                    : adopted(e.corrected().adoptedOn(), e.corrected().adoptedBy(), period))
                    .longText(e.reason(), "reason", true).throwIfAny();
        } else if (event instanceof RecommendationAdopted e) {
            adopted(e.adoptedOn(), e.adoptedBy(), period).throwIfAny();
        }
    }
}
