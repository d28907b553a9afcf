package dk.holbaek.experiments.api.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

/**
 * The dashboard's sessions (the login and its CSRF token) in MongoDB's {@code sessions}, one document per session,
 * so that every instance behind a load balancer serves every user: a login on one instance holds on another. The
 * attributes are stored as Java serialization (Spring Security's context and token are made for it); a session
 * unused for its timeout ({@code server.servlet.session.timeout}, 30 minutes) is gone, and expired ones are swept.
 */
public class MongoSessionRepository implements SessionRepository<MapSession> {

    static final String COLLECTION = "sessions";

    private final MongoTemplate mongo;
    private final Duration timeout;
    private final Clock clock;

    public MongoSessionRepository(MongoTemplate mongo, Duration timeout, Clock clock) {
        this.mongo = mongo;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public MapSession createSession() {
        MapSession session = new MapSession();
        session.setCreationTime(clock.instant());
        session.setLastAccessedTime(clock.instant());
        session.setMaxInactiveInterval(timeout);
        return session;
    }

    @Override
    public void save(MapSession session) {
        if (session.getOriginalId() != null && !session.getId().equals(session.getOriginalId())) {
            sessions().deleteOne(Filters.eq("_id", session.getOriginalId()));
        }
        Map<String, Object> attributes = new HashMap<>();
        session.getAttributeNames().forEach(name -> attributes.put(name, session.getAttribute(name)));
        Instant expireAt = session.getLastAccessedTime().plus(session.getMaxInactiveInterval());
        sessions().replaceOne(Filters.eq("_id", session.getId()), new Document("_id", session.getId())
                        .append("created", Date.from(session.getCreationTime()))
                        .append("lastAccessed", Date.from(session.getLastAccessedTime()))
                        .append("maxInactiveSeconds", session.getMaxInactiveInterval().toSeconds())
                        .append("expireAt", Date.from(expireAt))
                        .append("attributes", new Binary(serialize(attributes))),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public MapSession findById(String id) {
        Document stored = sessions().find(Filters.eq("_id", id)).first();
        if (stored == null) {
            return null;
        }
        MapSession session = new MapSession(id);
        session.setCreationTime(stored.getDate("created").toInstant());
        session.setLastAccessedTime(stored.getDate("lastAccessed").toInstant());
        session.setMaxInactiveInterval(Duration.ofSeconds(stored.getLong("maxInactiveSeconds")));
        if (!session.getMaxInactiveInterval().isNegative()
                && session.getLastAccessedTime().plus(session.getMaxInactiveInterval()).isBefore(clock.instant())) {
            deleteById(id);
            return null;
        }
        Map<String, Object> attributes = deserialize(stored.get("attributes", Binary.class).getData());
        if (attributes == null) {
            deleteById(id);
            return null;
        }
        attributes.forEach(session::setAttribute);
        return session;
    }

    @Override
    public void deleteById(String id) {
        sessions().deleteOne(Filters.eq("_id", id));
    }

    /** Deletes every session unused for longer than its timeout; answers how many. */
    long sweep() {
        return sessions().deleteMany(Filters.lt("expireAt", Date.from(clock.instant()))).getDeletedCount();
    }

    private MongoCollection<Document> sessions() {
        return mongo.getCollection(COLLECTION);
    }

    private static byte[] serialize(Map<String, Object> attributes) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(attributes);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A session attribute cannot be stored: " + e.getMessage(), e);
        }
    }

    /** The attributes, or null when they were written by code that no longer reads them (the user logs in again). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> deserialize(byte[] data) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return (Map<String, Object>) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return null;
        }
    }
}
