package dk.holbaek.experiments.query.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What the views knew of one experiment or council involvement at the end of a batch of the checkpoint's epoch: its
 * row, its running totals (an experiment's) and its last event folded ({@code lastSequence}). The latest of each
 * record at or before an epoch is the views' state at that epoch's end, from which a view as of a later moment folds
 * only the events after it.
 */
@Document("view_checkpoints")
record Checkpoint(@Id String id, long epoch, String aggregateId, long lastSequence, ExperimentRow experiment,
                  ExperimentTotals totals, CouncilInvolvementRow council) {

    static String id(long epoch, String aggregateId) {
        return epoch + "/" + aggregateId;
    }
}
