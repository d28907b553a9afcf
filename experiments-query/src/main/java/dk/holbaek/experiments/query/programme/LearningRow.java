package dk.holbaek.experiments.query.programme;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;

import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;

public record LearningRow(@Id String id, String eventId, String experimentId, Criterion criterion, String insight, String evidence,
                          List<KnowledgeKind> knowledgeKinds, int assessment, String activityId, LocalDate recordedOn) implements Row {
}
