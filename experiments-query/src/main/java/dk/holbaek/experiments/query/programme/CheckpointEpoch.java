package dk.holbaek.experiments.query.programme;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A stretch of the log between two checkpoints: the batches the views wrote while it was the latest, at most
 * {@code eventsPerCheckpoint} events of one day (Danish time) of recording. {@code firstPosition} and
 * {@code lastPosition}: the log positions of its batches' first and last events; {@code earliestRecordedAt} and
 * {@code latestRecordedAt}: when the earliest and the latest of their events were recorded (the clocks of several
 * instances may disagree, so not always in the log's order); {@code layout}: the rows' layout that wrote it (a checkpoint of another layout
 * is never read).
 */
@Document("view_checkpoint_epochs")
record CheckpointEpoch(@Id long id, int layout, long events, long firstPosition, long lastPosition,
                       Instant earliestRecordedAt, Instant latestRecordedAt, LocalDate day) {
}
