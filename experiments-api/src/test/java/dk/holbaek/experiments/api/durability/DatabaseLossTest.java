package dk.holbaek.experiments.api.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * The database goes away under eight writers and comes back on the same port with the same data (a standalone
 * MongoDB-compatible server in this JVM, stopped and started again). Meanwhile every request is answered within
 * seconds, a refusal is 503 with {@code Retry-After} and a problem detail, and health is DOWN; afterwards the service
 * takes writes again by itself, every acknowledged activity is in the log exactly once, and the views, caught up
 * by their processor, equal a rebuild.
 */
class DatabaseLossTest {

    private static final Logger log = LoggerFactory.getLogger(DatabaseLossTest.class);
    private static final int WRITERS = 8;
    private static final int EXPERIMENTS = 4;
    /** No answer may take longer than this while the database is away. */
    private static final Duration PROMPT = Duration.ofSeconds(10);

    @TempDir
    Path data;

    private MongoServer mongo;
    private ServiceProcess service;

    @AfterEach
    void stopAll() throws Exception {
        if (service != null) {
            service.close();
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }

    @Test
    void theDatabaseGoesAwayAndComesBack_nothingAcknowledgedIsLost_theServiceRecoversByItself() throws Exception {
        String file = data.resolve("standalone.mv").toString();
        mongo = new MongoServer(new H2Backend(file));
        String uri = mongo.bindAndGetConnectionString();
        int port = mongo.getLocalAddress().getPort();
        Path logs = Files.createDirectories(Path.of("target", "durability-logs"));
        service = ServiceProcess.start(List.of(), Map.of(), Files.createTempFile(logs, "database-loss-", ".log"),
                List.of("--spring.mongodb.uri=" + uri + "/experiments", ServiceProcess.TEST_CONFIGURATION));
        Http staff = Http.as(service.port(), "staff");
        Programme programme = new Programme(staff);
        List<String> experiments = new ArrayList<>();
        for (int i = 0; i < EXPERIMENTS; i++) {
            experiments.add(programme.runningExperiment("Eksperiment under nedbrud " + (i + 1)));
        }

        ActivityWriters writers = ActivityWriters.start(staff, experiments, WRITERS);
        List<String> acknowledged = writers.acknowledged();
        List<Http.Response> refused = writers.refused();
        await("writes before the outage").atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 20);

        mongo.shutdownNow();
        int beforeOutage = acknowledged.size();
        await("writes to be refused while the database is away").atMost(Duration.ofSeconds(30))
                .until(() -> refused.size() >= WRITERS);
        Http.Response health = Http.anonymous(service.port()).get("/actuator/health");
        Http.Response read = staff.get("/api/experiments/" + experiments.get(0));
        int refusedBefore = refused.size();
        await("the writers to keep trying through the outage").atMost(Duration.ofSeconds(30))
                .until(() -> refused.size() >= refusedBefore + 10 * WRITERS);

        mongo = new MongoServer(new H2Backend(file));
        mongo.bind("127.0.0.1", port);
        long back = System.nanoTime();
        int refusedDuringOutage = refused.size();
        await("a write to be acknowledged again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> acknowledged.size() > beforeOutage + WRITERS);
        long recoveredAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - back);
        writers.stop();
        Map<Integer, Long> slowest = writers.slowestByStatus();
        log.info("Database loss: {} acknowledged ({} before the outage), {} refused during it, "
                        + "writes acknowledged again {} ms after the database returned, slowest answer by status {}",
                acknowledged.size(), beforeOutage, refusedDuringOutage, recoveredAfterMillis, slowest);

        assertThat(health.status()).as("health while the database is away").isEqualTo(503);
        assertThat(health.json().get("status").asString()).isEqualTo("DOWN");
        assertThat(read.status()).as("a read while the database is away").isEqualTo(503);
        assertThat(read.header("Retry-After")).isPresent();
        assertThat(refused).as("every refusal: 503, a problem detail that says so, and when to try again")
                .isNotEmpty()
                .allSatisfy(answer -> {
                    assertThat(answer.status()).isEqualTo(503);
                    assertThat(answer.contentType()).startsWith("application/problem+json");
                    assertThat(answer.json().get("type").asString())
                            .isEqualTo("urn:experiments:problem:database-unavailable");
                    assertThat(answer.header("Retry-After")).hasValueSatisfying(seconds -> assertThat(seconds).isNotBlank());
                });
        assertThat(slowest.values()).as("no answer hangs while the database is away")
                .allMatch(millis -> millis < PROMPT.toMillis());

        List<String> logged = new ArrayList<>();
        for (String experiment : experiments) {
            for (JsonNode event : staff.get("/api/experiments/" + experiment + "/history").json()) {
                if ("ActivityLogged".equals(event.get("type").asString())) {
                    logged.add(event.get("payload").get("activityId").asString());
                }
            }
        }
        assertThat(logged).as("no activity twice in the log").doesNotHaveDuplicates();
        assertThat(logged).as("every acknowledged activity in the log").containsAll(acknowledged);

        Http analyst = Http.as(service.port(), "analyst");
        await("the views' processor to catch up by itself").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> listedActivities(staff, experiments) == logged.size());
        String live = analyst.get("/api/views/criteria/broad-involvement").body();
        Http admin = Http.as(service.port(), "admin");
        String rebuild = admin.post("/api/admin/projections/rebuild", "").header("Location").orElseThrow();
        await("the rebuild").atMost(Duration.ofSeconds(60))
                .until(() -> admin.get(rebuild).json().get("finished").asBoolean());
        assertThat(analyst.get("/api/views/criteria/broad-involvement").body()).as("live views equal a rebuild")
                .isEqualTo(live);
        assertThat(Http.anonymous(service.port()).get("/actuator/health").status()).isEqualTo(200);
    }

    private static long listedActivities(Http staff, List<String> experiments) {
        return staff.get("/api/experiments").json().valueStream()
                .filter(row -> experiments.contains(row.get("id").asString()))
                .collect(Collectors.summingLong(row -> row.get("activityCount").asLong()));
    }
}
