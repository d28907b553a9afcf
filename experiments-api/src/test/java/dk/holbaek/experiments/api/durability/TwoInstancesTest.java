package dk.holbaek.experiments.api.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * Two service processes on one MongoDB, the second with its clock seven seconds behind (through {@code faketime},
 * which CI installs): eight writers on each log activities on the same four experiments at once. Every activity that
 * was acknowledged is in the read model exactly once, and nothing else is; also with a rebuild started on a third
 * process meanwhile. A record written through one and then the other needs no 409; a login on one holds on the other.
 */
class TwoInstancesTest {

    private static final Logger log = LoggerFactory.getLogger(TwoInstancesTest.class);
    private static final int WRITERS_PER_INSTANCE = 8;
    private static final int ACTIVITIES_PER_WRITER = 6;
    private static final int EXPERIMENTS = 4;
    private static final Duration SKEW = Duration.ofSeconds(7);

    private MongoServer mongo;
    private MongoClient client;
    private ServiceProcess first;
    private ServiceProcess behind;
    private String uri;

    private record Acknowledged(String experimentId, String activityId, ServiceProcess by, Instant at) {
    }

    @BeforeEach
    void startBothInstances() throws Exception {
        mongo = new MongoServer(H2Backend.inMemory());
        uri = mongo.bindAndGetConnectionString();
        client = MongoClients.create(uri);
        Path logs = Path.of("target", "durability-logs");
        Files.createDirectories(logs);
        List<String> arguments = List.of("--spring.mongodb.uri=" + uri + "/experiments",
                ServiceProcess.TEST_CONFIGURATION);
        first = ServiceProcess.start(List.of(), Map.of(), Files.createTempFile(logs, "first-", ".log"), arguments);
        behind = ServiceProcess.start(List.of("faketime", "-f", "-" + SKEW.toSeconds() + "s"),
                Map.of("FAKETIME_DONT_FAKE_MONOTONIC", "1"), Files.createTempFile(logs, "behind-", ".log"), arguments);
    }

    @AfterEach
    void stopBothInstances() throws Exception {
        for (ServiceProcess service : new ServiceProcess[] {first, behind}) {
            if (service != null) {
                service.close();
            }
        }
        client.close();
        mongo.shutdownNow();
    }

    @Test
    void eightWritersOnEach_everyAcknowledgedActivityIsProjectedOnce_noneSkipped_noneTwice() throws Exception {
        Programme programme = new Programme(Http.as(first.port(), "staff"));
        List<String> experiments = new ArrayList<>();
        for (int i = 0; i < EXPERIMENTS; i++) {
            experiments.add(programme.runningExperiment("Fælles eksperiment " + (i + 1)));
        }

        List<Acknowledged> acknowledged = writeFromBothInstancesAtOnce(experiments);

        Map<String, Long> perExperiment = acknowledged.stream()
                .collect(Collectors.groupingBy(Acknowledged::experimentId, Collectors.counting()));
        assertThat(acknowledged.stream().filter(ack -> ack.by() == first)).as("written through the first").isNotEmpty();
        assertThat(acknowledged.stream().filter(ack -> ack.by() == behind)).as("written through the other").isNotEmpty();
        for (ServiceProcess service : List.of(first, behind)) {
            await("both instances' read model to show every acknowledged activity").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> assertThat(listed(service, experiments)).isEqualTo(expected(experiments, perExperiment)));
        }
        List<String> projected = new ArrayList<>();
        client.getDatabase("experiments").getCollection("view_experiment_rows").find().forEach(bucket -> bucket
                .getList("activities", Document.class).forEach(row -> projected.add(row.getString("_id"))));
        assertThat(projected).containsExactlyInAnyOrderElementsOf(
                acknowledged.stream().map(Acknowledged::activityId).toList());

        Http reader = Http.as(behind.port(), "staff");
        for (String experiment : experiments) {
            JsonNode history = reader.get("/api/experiments/" + experiment + "/history").json();
            assertThat(history.valueStream().map(event -> event.get("sequence").asLong()).toList())
                    .as("every version once, in order").isEqualTo(
                            LongStream.rangeClosed(0, 2 + perExperiment.getOrDefault(experiment, 0L))
                                    .boxed().toList());
        }
        Acknowledged writtenBehind = acknowledged.stream().filter(ack -> ack.by() == behind).findFirst().orElseThrow();
        JsonNode activity = reader.get("/api/experiments/" + writtenBehind.experimentId() + "/history").json();
        Instant recorded = activity.valueStream()
                .filter(event -> writtenBehind.activityId().equals(event.get("payload").path("activityId").asString(null)))
                .map(event -> Instant.parse(event.get("occurredAt").asString())).findFirst().orElseThrow();
        assertThat(recorded).as("the second instance's clock is behind").isBefore(writtenBehind.at().minusSeconds(5));
    }

    @Test
    void aRebuildStartedOnOneInstanceWhileAllWrite_endsWithEveryAcknowledgedActivityInTheViewsOnce_readableOnEach()
            throws Exception {
        Path logs = Path.of("target", "durability-logs");
        try (ServiceProcess third = ServiceProcess.start(List.of(), Map.of(), Files.createTempFile(logs, "third-", ".log"),
                List.of("--spring.mongodb.uri=" + uri + "/experiments", ServiceProcess.TEST_CONFIGURATION))) {
            Programme programme = new Programme(Http.as(first.port(), "staff"));
            List<String> experiments = new ArrayList<>();
            for (int i = 0; i < EXPERIMENTS; i++) {
                experiments.add(programme.runningExperiment("Genopbygget eksperiment " + (i + 1)));
            }
            ExecutorService writing = Executors.newSingleThreadExecutor();
            Future<List<Acknowledged>> written = writing.submit(() -> writeFromBothInstancesAtOnce(experiments));

            Http.Response started = Http.as(third.port(), "admin").post("/api/admin/projections/rebuild", "");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            String status = started.header("Location").orElseThrow();
            String rebuildId = started.json().get("id").asString();
            for (ServiceProcess other : List.of(first, behind)) {
                Http.Response seen = Http.as(other.port(), "admin").get(status);
                assertThat(seen.status()).as("the status on another instance").isEqualTo(200);
                assertThat(seen.json().get("id").asString()).isEqualTo(rebuildId);
            }
            await("the rebuild to finish, as the first instance reads it").atMost(Duration.ofSeconds(60))
                    .until(() -> Http.as(first.port(), "admin").get(status).json().get("finished").asBoolean());
            List<Acknowledged> acknowledged = written.get();
            writing.shutdown();

            Map<String, Long> perExperiment = acknowledged.stream()
                    .collect(Collectors.groupingBy(Acknowledged::experimentId, Collectors.counting()));
            for (ServiceProcess service : List.of(first, behind, third)) {
                await("every acknowledged activity in the views, on each instance").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(250))
                        .untilAsserted(() -> assertThat(listed(service, experiments))
                                .isEqualTo(expected(experiments, perExperiment)));
            }
            List<String> projected = new ArrayList<>();
            String suffix = Optional.ofNullable(client.getDatabase("experiments").getCollection("view_generation")
                    .find(new Document("_id", "live")).first()).map(live -> live.getString("suffix")).orElse("");
            client.getDatabase("experiments").getCollection("view_experiment_rows" + suffix).find()
                    .forEach(bucket -> bucket.getList("activities", Document.class)
                            .forEach(row -> projected.add(row.getString("_id"))));
            assertThat(projected).as("each acknowledged activity once, nothing else")
                    .containsExactlyInAnyOrderElementsOf(acknowledged.stream().map(Acknowledged::activityId).toList());
        }
    }

    @Test
    void aRecordWrittenThroughOneInstanceAndThenTheOther_isWrittenAgainThroughTheFirstWithout409() {
        Http throughFirst = Http.as(first.port(), "staff");
        Http throughBehind = Http.as(behind.port(), "staff");
        String experiment = new Programme(throughFirst).runningExperiment("Skiftevis skrevet");

        for (int round = 0; round < 3; round++) {
            for (Http instance : List.of(throughFirst, throughBehind)) {
                Http.Response answer = instance.post("/api/experiments/" + experiment + "/activities",
                        Programme.activity("2014-04-0" + (round + 1)));
                assertThat(answer.status()).as("round %d: %s", round, answer.body()).isEqualTo(201);
            }
        }

        JsonNode history = throughBehind.get("/api/experiments/" + experiment + "/history").json();
        assertThat(history.size()).as("registered, approved, started and six activities").isEqualTo(9);
    }

    @Test
    void aDashboardLoginOnOneInstance_holdsOnTheOther_andItsFormsTokenToo_untilTheLogoutOnEither() throws Exception {
        HttpClient browser = HttpClient.newHttpClient();
        HttpResponse<String> loginPage = get(browser, first, "/login", null);
        String anonymous = cookie(loginPage);
        String body = "username=staff&password=staff&_csrf=" + csrf(loginPage.body());
        HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(uri(first, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", anonymous)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        String session = cookie(loggedIn);

        HttpResponse<String> overview = get(browser, behind, "/", session);
        assertThat(overview.statusCode()).as("the other instance knows the login").isEqualTo(200);
        assertThat(overview.body()).contains("Log ud");
        HttpResponse<String> form = get(browser, behind, "/forms/experiment", session);
        assertThat(form.statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.send(HttpRequest.newBuilder(uri(first, "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(form.body()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).as("the token of a form from the other instance is valid here").isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).contains("/login");
        HttpResponse<String> after = get(browser, behind, "/", session);
        assertThat(after.statusCode()).as("logged out on both").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    private static HttpResponse<String> get(HttpClient browser, ServiceProcess service, String path, String cookie)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ServiceProcess service, String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
    }

    private static String csrf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    }

    /** Every writer logs its activities one after another, going round the experiments; all start together. */
    private List<Acknowledged> writeFromBothInstancesAtOnce(List<String> experiments) throws Exception {
        List<Acknowledged> acknowledged = new ArrayList<>();
        Map<Integer, Integer> refusals = new ConcurrentHashMap<>();
        ExecutorService writers = Executors.newFixedThreadPool(2 * WRITERS_PER_INSTANCE);
        try {
            List<Future<List<Acknowledged>>> results = new ArrayList<>();
            for (ServiceProcess service : List.of(first, behind)) {
                for (int writer = 0; writer < WRITERS_PER_INSTANCE; writer++) {
                    int offset = writer;
                    results.add(writers.submit(() -> {
                        Http staff = Http.as(service.port(), "staff");
                        List<Acknowledged> mine = new ArrayList<>();
                        for (int i = 0; i < ACTIVITIES_PER_WRITER; i++) {
                            String experiment = experiments.get((offset + i) % experiments.size());
                            Http.Response answer = staff.post("/api/experiments/" + experiment + "/activities",
                                    Programme.activity("2014-04-01"));
                            if (answer.status() == 201) {
                                mine.add(new Acknowledged(experiment, answer.json().get("activityId").asString(),
                                        service, Instant.now()));
                            } else {
                                refusals.merge(answer.status(), 1, Integer::sum);
                            }
                        }
                        return mine;
                    }));
                }
            }
            for (Future<List<Acknowledged>> result : results) {
                acknowledged.addAll(result.get());
            }
        } finally {
            writers.shutdown();
        }
        assertThat(refusals.keySet()).as("a write is either acknowledged or refused as concurrent").isSubsetOf(409);
        int writes = 2 * WRITERS_PER_INSTANCE * ACTIVITIES_PER_WRITER;
        log.info("{} of {} writes refused as concurrent (409) after one retry each", refusals.getOrDefault(409, 0),
                writes);
        assertThat(refusals.getOrDefault(409, 0)).as("409s after the retry of a stale cached record")
                .isLessThan(writes / 4);
        return acknowledged;
    }

    /** What {@code GET /api/experiments} shows for these experiments: activities and participants. */
    private static Map<String, List<Long>> listed(ServiceProcess service, List<String> experiments) {
        Map<String, List<Long>> listed = new HashMap<>();
        for (JsonNode row : Http.as(service.port(), "staff").get("/api/experiments").json()) {
            String id = row.get("id").asString();
            if (experiments.contains(id)) {
                listed.put(id, List.of(row.get("activityCount").asLong(), row.get("participants").asLong()));
            }
        }
        return listed;
    }

    /** Each acknowledged activity counted once: 85 participants each ({@link Programme#activity}). */
    private static Map<String, List<Long>> expected(List<String> experiments, Map<String, Long> perExperiment) {
        Map<String, List<Long>> expected = new HashMap<>();
        for (String experiment : experiments) {
            long count = perExperiment.getOrDefault(experiment, 0L);
            expected.put(experiment, List.of(count, 85 * count));
        }
        return expected;
    }
}
