package dk.holbaek.experiments.core.experiment.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A learning judged against one success criterion; {@code assessment} runs from -2 (clearly worse) to +2. */
public record RecordLearning(
        @TargetAggregateIdentifier String experimentId,
        @TargetAggregateVersion Long expectedVersion,
        String learningId,
        Criterion criterion,
        String insight,
        String evidence,
        List<KnowledgeKind> knowledgeKinds,
        Integer assessment,
        String activityId,
        LocalDate recordedOn) implements ExperimentCommand {
}
