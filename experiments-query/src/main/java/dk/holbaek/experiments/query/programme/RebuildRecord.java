package dk.holbaek.experiments.query.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The views' rebuild as every instance sees it, in MongoDB ({@code view_rebuild}, one document): which rebuild runs,
 * on which instance, how far it is, and how it ended. One rebuild at a time across all instances: a claim succeeds
 * only when none runs, or when the one that ran has given no sign of life for {@link #ABANDONED} (its instance died).
 * Every instance's views processor stops while one runs ({@link RebuildWatch}); any instance answers its status.
 */
final class RebuildRecord {

    /** A running rebuild that has not moved for this long is taken to have died with its instance. */
    static final Duration ABANDONED = Duration.ofSeconds(60);

    private static final String COLLECTION = "view_rebuild";
    private static final String ID = "views";
    private static final String RUNNING = "RUNNING";

    private final MongoTemplate mongo;

    RebuildRecord(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** What the record says now: a rebuild's id and status, and whether it runs and on which instance. */
    record Entry(ProjectionRebuild.Status status, String owner, boolean running, Instant heartbeatAt) {

        boolean runningAt(Instant now) {
            return running && heartbeatAt != null && heartbeatAt.plus(ABANDONED).isAfter(now);
        }
    }

    Optional<Entry> read() {
        Document stored = rebuilds().find(Filters.eq("_id", ID)).first();
        if (stored == null) {
            return Optional.empty();
        }
        Document failure = stored.get("failure", Document.class);
        FoldFailure failed = failure == null ? null : new FoldFailure(failure.getLong("position"),
                failure.getString("eventType"), failure.getString("eventId"), failure.getString("reason"),
                failure.getDate("at").toInstant());
        boolean running = RUNNING.equals(stored.getString("state"));
        boolean ended = !running;
        Long total = stored.getLong("eventsTotal");
        long done = stored.getLong("eventsDone");
        ProjectionRebuild.Status status = new ProjectionRebuild.Status(stored.getString("rebuildId"),
                ended && failed == null && total != null && done == total, ended && failed != null, done, total,
                instant(stored, "startedAt"), instant(stored, "finishedAt"), failed);
        return Optional.of(new Entry(status, stored.getString("owner"), running, instant(stored, "heartbeatAt")));
    }

    /** Claims the rebuild for {@code rebuildId} on {@code owner}; false when another one runs. */
    boolean claim(String rebuildId, String owner, Instant now) {
        Bson free = Filters.and(Filters.eq("_id", ID), Filters.or(Filters.ne("state", RUNNING),
                Filters.lt("heartbeatAt", Date.from(now.minus(ABANDONED)))));
        try {
            rebuilds().updateOne(free, Updates.combine(Updates.set("rebuildId", rebuildId), Updates.set("owner", owner),
                    Updates.set("state", RUNNING), Updates.set("startedAt", Date.from(now)),
                    Updates.set("heartbeatAt", Date.from(now)), Updates.set("eventsDone", 0L),
                    Updates.set("eventsTotal", null), Updates.set("finishedAt", null), Updates.set("failure", null)),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // the document exists and its rebuild runs: the upsert met the id already taken
            return false;
        }
        return read().map(entry -> rebuildId.equals(entry.status().id())).orElse(false);
    }

    void progress(String rebuildId, long done, Long total, Instant now) {
        rebuilds().updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("rebuildId", rebuildId)),
                Updates.combine(Updates.set("eventsDone", done), Updates.set("eventsTotal", total),
                        Updates.set("heartbeatAt", Date.from(now))));
    }

    void finish(String rebuildId, long done, Long total, FoldFailure failure, Instant now) {
        rebuilds().updateOne(Filters.and(Filters.eq("_id", ID), Filters.eq("rebuildId", rebuildId)),
                Updates.combine(Updates.set("state", failure == null ? "FINISHED" : "FAILED"),
                        Updates.set("eventsDone", done), Updates.set("eventsTotal", total),
                        Updates.set("heartbeatAt", Date.from(now)), Updates.set("finishedAt", Date.from(now)),
                        Updates.set("failure", failure == null ? null : new Document("position", failure.position())
                                .append("eventType", failure.eventType()).append("eventId", failure.eventId())
                                .append("reason", failure.reason()).append("at", Date.from(failure.at())))));
    }

    private MongoCollection<Document> rebuilds() {
        return mongo.getCollection(COLLECTION);
    }

    private static Instant instant(Document stored, String field) {
        Date date = stored.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
