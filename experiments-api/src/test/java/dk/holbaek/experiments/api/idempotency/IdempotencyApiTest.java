package dk.holbaek.experiments.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;

@ApiTest
class IdempotencyApiTest {

    private static final String EXPERIMENT = """
            {"title": "Borgerbudget i Havnsø", "hypothesis": "H", "method": "PARTICIPATORY_BUDGET", "role": "INITIATED",
             "insightAreas": ["LOCAL_INITIATIVE"]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Http staff;
    private Programme programme;

    @BeforeEach
    void setUp() {
        staff = Http.as(port, "staff");
        programme = new Programme(staff);
    }

    @Test
    void aRepeatedRegistration_returnsTheFirstAnswerAndRegistersNothingNew() {
        String key = "register-" + System.nanoTime();
        Http.Response first = staff.post("/api/experiments", EXPERIMENT, "Idempotency-Key", key);
        Http.Response repeat = staff.post("/api/experiments", EXPERIMENT, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(repeat.header("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void aRepeatedActivity_isLoggedOnce() {
        String id = programme.runningExperiment("Borgermøde");
        String key = "activity-" + System.nanoTime();

        Http.Response first = staff.post("/api/experiments/" + id + "/activities", Programme.activity("2014-03-18"),
                "Idempotency-Key", key);
        Http.Response repeat = staff.post("/api/experiments/" + id + "/activities", Programme.activity("2014-03-18"),
                "Idempotency-Key", key);

        assertThat(repeat.json().get("activityId").asString()).isEqualTo(first.json().get("activityId").asString());
        assertThat(staff.get("/api/experiments/" + id).json().get("activities").size()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBody_isRefusedAndChangesNothing() {
        String id = programme.runningExperiment("Borgermøde");
        String key = "activity-" + System.nanoTime();
        staff.post("/api/experiments/" + id + "/activities", Programme.activity("2014-03-18"), "Idempotency-Key", key);

        Http.Response other = staff.post("/api/experiments/" + id + "/activities", Programme.activity("2014-03-19"),
                "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("detail").asString()).contains("allerede brugt til en anden forespørgsel");
        assertThat(staff.get("/api/experiments/" + id).json().get("activities").size()).isEqualTo(1);
    }

    @Test
    void aRejectedRequest_keepsNothing_soTheCorrectedRequestMayReuseTheKey() {
        String id = programme.runningExperiment("Borgermøde");
        String key = "activity-" + System.nanoTime();

        Http.Response rejected = staff.post("/api/experiments/" + id + "/activities", Programme.activity("2014-01-01"),
                "Idempotency-Key", key);
        Http.Response corrected = staff.post("/api/experiments/" + id + "/activities", Programme.activity("2014-03-18"),
                "Idempotency-Key", key);

        assertThat(rejected.status()).isEqualTo(409);
        assertThat(corrected.status()).isEqualTo(201);
    }

    @Test
    void keysBelongToTheirUser() {
        String key = "shared-" + System.nanoTime();
        Http.Response staffAnswer = staff.post("/api/experiments", EXPERIMENT, "Idempotency-Key", key);
        Http.Response adminAnswer = Http.as(port, "admin").post("/api/experiments", EXPERIMENT, "Idempotency-Key", key);

        assertThat(adminAnswer.status()).isEqualTo(201);
        assertThat(adminAnswer.json().get("id").asString()).isNotEqualTo(staffAnswer.json().get("id").asString());
    }

    @Test
    void aKeyWhoseFirstRequestNeverAnswered_isFreeAgainAfterTheTimeout() {
        String key = "died-" + System.nanoTime();
        mongo.insert(StoredAnswer.pending("staff\n" + key, "a request that died", Instant.now().minus(Duration.ofMinutes(2))));

        Http.Response retried = staff.post("/api/experiments", EXPERIMENT, "Idempotency-Key", key);
        Http.Response repeat = staff.post("/api/experiments", EXPERIMENT, "Idempotency-Key", key);

        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(repeat.header("Idempotent-Replayed")).hasValue("true");
        assertThat(repeat.json().get("id").asString()).isEqualTo(retried.json().get("id").asString());
    }

    @Test
    void aKeyStillPendingWithinTheTimeout_isInUse() {
        String key = "running-" + System.nanoTime();
        mongo.insert(StoredAnswer.pending("staff\n" + key, fingerprint("POST /api/experiments", EXPERIMENT),
                Instant.now()));

        Http.Response meanwhile = staff.post("/api/experiments", EXPERIMENT, "Idempotency-Key", key);

        assertThat(meanwhile.status()).isEqualTo(409);
        assertThat(meanwhile.json().get("type").asString()).endsWith("idempotency-key-in-use");
    }

    @Test
    void anAnswerOlderThan24Hours_hasExpired_andTheKeyIsNewAgain() {
        String key = "yesterday-" + System.nanoTime();
        mongo.insert(StoredAnswer.pending("staff\n" + key, "another request", Instant.now().minus(Duration.ofHours(25)))
                .completedWith(201, "/api/experiments/old", "application/json", "{\"id\":\"old\"}"));

        Http.Response fresh = staff.post("/api/experiments", EXPERIMENT, "Idempotency-Key", key);

        assertThat(fresh.status()).isEqualTo(201);
        assertThat(fresh.header("Idempotent-Replayed")).isEmpty();
        assertThat(fresh.json().get("id").asString()).isNotEqualTo("old");
    }

    /** What the service keeps of a request: SHA-256 over method, path and body. */
    private static String fingerprint(String request, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
