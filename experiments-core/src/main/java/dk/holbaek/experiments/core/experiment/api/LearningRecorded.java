package dk.holbaek.experiments.core.experiment.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

@Revision("1")
public record LearningRecorded(
        String experimentId,
        String learningId,
        Criterion criterion,
        String insight,
        String evidence,
        List<KnowledgeKind> knowledgeKinds,
        int assessment,
        String activityId,
        LocalDate recordedOn) implements ExperimentEvent {
}
