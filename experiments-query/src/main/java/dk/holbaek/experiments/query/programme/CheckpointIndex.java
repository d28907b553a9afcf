package dk.holbaek.experiments.query.programme;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The epochs in which the views noted a record ({@code id}: the record's, an experiment's or another's): a view or
 * report as of a moment reads each record's latest note at or before its checkpoint by id, instead of every earlier
 * note of every record.
 */
@Document("view_checkpoint_index")
record CheckpointIndex(@Id String id, List<Long> epochs) {

    CheckpointIndex {
        epochs = epochs == null ? List.of() : epochs;
    }

    /** The latest epoch at or before {@code cut} in which the record was noted, or -1. */
    long latestUpTo(long cut) {
        return epochs.stream().mapToLong(Long::longValue).filter(epoch -> epoch <= cut).max().orElse(-1);
    }
}
