package dk.holbaek.experiments.query.programme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dk.holbaek.experiments.core.experiment.api.Criterion;

/** A learning as the criterion views list it. */
public record LearningEntry(String learningId, String experimentId, String insight, String evidence, int assessment,
                            LocalDate recordedOn) {

    /** Of these learnings, those of one criterion, oldest first. */
    public static List<LearningEntry> of(List<LearningRow> learnings, Criterion criterion) {
        return learnings.stream()
                .filter(learning -> learning.criterion() == criterion)
                .sorted(Comparator.comparing(LearningRow::recordedOn).thenComparing(LearningRow::id))
                .map(l -> new LearningEntry(l.id(), l.experimentId(), l.insight(), l.evidence(), l.assessment(),
                        l.recordedOn()))
                .toList();
    }
}
