package dk.holbaek.experiments.api.idempotency;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The first answer to a POST with an {@code Idempotency-Key}, kept so that a repeat gets the same answer and
 * appends nothing. {@code id} is the user and the key; {@code requestHash} fingerprints method, path and body.
 */
@Document("idempotency_keys")
record StoredAnswer(
        @Id String id,
        String requestHash,
        boolean complete,
        int status,
        String location,
        String contentType,
        String body,
        Instant storedAt) {

    static StoredAnswer pending(String id, String requestHash, Instant now) {
        return new StoredAnswer(id, requestHash, false, 0, null, null, null, now);
    }

    StoredAnswer completedWith(int status, String location, String contentType, String body) {
        return new StoredAnswer(id, requestHash, true, status, location, contentType, body, storedAt);
    }
}
