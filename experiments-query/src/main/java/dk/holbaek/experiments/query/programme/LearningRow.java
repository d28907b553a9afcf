package dk.holbaek.experiments.query.programme;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;

import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;

public record LearningRow(@Id String id, String eventId, String experimentId, Criterion criterion, String insight, String evidence,
                          List<KnowledgeKind> knowledgeKinds, int assessment, String activityId, LocalDate recordedOn,
                          long sequence, boolean withdrawn) implements Row {

    /** A learning withdrawn by the event at {@code sequence}: the latest version of its row, counted nowhere. */
    static LearningRow withdrawn(String id, String eventId, String experimentId, long sequence) {
        return new LearningRow(id, eventId, experimentId, null, null, null, List.of(), 0, null, null, sequence, true);
    }
}
