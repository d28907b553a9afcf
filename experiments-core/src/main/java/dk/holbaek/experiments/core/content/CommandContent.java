package dk.holbaek.experiments.core.content;

import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.council.CouncilContent;
import dk.holbaek.experiments.core.external.ExternalContent;
import dk.holbaek.experiments.core.experiment.ExperimentEvents;
import dk.holbaek.experiments.core.experiment.api.ExperimentCommand;
import dk.holbaek.experiments.core.recommendation.RecommendationContent;

/**
 * Any command of the programme checked by its content rules alone, without the state of what it changes and without
 * handling it: for a sender that already knows the request is refused and wants every problem in it named at once.
 */
public final class CommandContent {

    private CommandContent() {
    }

    /** Throws {@link InvalidCommandException} naming every bad field the content rules find; nothing for others. */
    public static void check(Object command, ProgrammePeriod period) {
        if (command instanceof ExperimentCommand experiment) {
            ExperimentEvents.checkCommandContent(experiment, period);
        }
        CouncilContent.checkCommand(command, period);
        RecommendationContent.checkCommand(command, period);
        ExternalContent.checkCommand(command, period);
    }
}
