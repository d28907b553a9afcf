package dk.holbaek.experiments.core.content;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.core.council.CouncilContent;
import dk.holbaek.experiments.core.council.api.CouncilEvent;
import dk.holbaek.experiments.core.external.ExternalContent;
import dk.holbaek.experiments.core.external.api.ExternalExperienceEvent;
import dk.holbaek.experiments.core.experiment.ExperimentEvents;
import dk.holbaek.experiments.core.experiment.api.ExperimentEvent;
import dk.holbaek.experiments.core.recommendation.RecommendationContent;
import dk.holbaek.experiments.core.recommendation.api.RecommendationEvent;

/**
 * Any event of the programme checked by the content rules of the command that records it, for events that arrive
 * without a command (an imported log). {@code registered} and {@code learningOfExperiment} say which experiments
 * and learnings exist so far.
 */
public final class RecordedContent {

    private RecordedContent() {
    }

    /** Throws {@link InvalidCommandException} naming every bad field. */
    public static void check(Object event, ProgrammePeriod period, Predicate<String> registered,
                             BiPredicate<String, String> learningOfExperiment) {
        if (event instanceof ExperimentEvent experiment) {
            ExperimentEvents.checkContent(experiment, period);
        } else if (event instanceof CouncilEvent council) {
            CouncilContent.check(council, period, registered);
        } else if (event instanceof ExternalExperienceEvent external) {
            ExternalContent.check(external, period, registered);
        } else if (event instanceof RecommendationEvent recommendation) {
            RecommendationContent.check(recommendation, period, learningOfExperiment);
        } else {
            throw new InvalidCommandException(List.of(new FieldProblem("type", Flaw.NOT_AN_EVENT)));
        }
    }
}
