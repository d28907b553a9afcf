package dk.holbaek.experiments.query.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the views knew of one record (an experiment, council involvement, recommendation or experience from
 * elsewhere) at the end of a batch of the checkpoint's epoch: its row, its running totals (an experiment's) and its
 * last event folded ({@code lastSequence}). The latest of each record at or before an epoch is the views' state at that
 * epoch's end, from which a view or the report as of a later moment folds only the events after it.
 */
@Document("view_checkpoints")
record Checkpoint(@Id String id, long epoch, String aggregateId, long lastSequence, ExperimentRow experiment,
                  ExperimentTotals totals, CouncilInvolvementRow council, RecommendationRow recommendation,
                  ExternalExperienceRow external) {

    static String id(long epoch, String aggregateId) {
        return epoch + "/" + aggregateId;
    }

    static Checkpoint of(long epoch, String aggregateId, long lastSequence, Row row) {
        return new Checkpoint(id(epoch, aggregateId), epoch, aggregateId, lastSequence, null, null,
                row instanceof CouncilInvolvementRow council ? council : null,
                row instanceof RecommendationRow recommendation ? recommendation : null,
                row instanceof ExternalExperienceRow external ? external : null);
    }
}
