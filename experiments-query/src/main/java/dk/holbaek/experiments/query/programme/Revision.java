package dk.holbaek.experiments.query.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event that corrected or withdrew something recorded earlier ({@code id}: the event's), with the record it
 * belongs to and its number there: the report counts the corrections and withdrawals among the events it rests on.
 * Written under the event's id, so an event delivered again is noted once.
 */
@Document("view_revisions")
record Revision(@Id String id, String aggregateId, long sequence, boolean withdrawal) implements Row {
}
