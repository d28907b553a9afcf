package dk.holbaek.experiments.api.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * Acknowledged writes survive the process being killed the moment after, and everything survives a restart on the
 * same data directory. The service runs as a real process on the embedded server's file backend.
 */
class DurabilityTest {

    private static final int ACTIVITIES = 25;

    @TempDir
    Path dataDirectory;

    private Path dataFile;
    private Path log;

    @BeforeEach
    void setUp() throws Exception {
        dataFile = dataDirectory.resolve("experiments.mv");
        Path logs = Path.of("target", "durability-logs");
        Files.createDirectories(logs);
        log = Files.createTempFile(logs, "service-", ".log");
    }

    @Test
    void everyAcknowledgedCommand_survivesAKillMinusNineRightAfterTheAnswer() throws Exception {
        String experimentId;
        List<String> acknowledged = new ArrayList<>();
        try (ServiceProcess service = ServiceProcess.start(dataFile, log)) {
            Programme programme = new Programme(Http.as(service.port(), "staff"));
            experimentId = programme.runningExperiment("Borgerbudget i Tølløse");
            for (int i = 0; i < ACTIVITIES; i++) {
                acknowledged.add(programme.logActivity(experimentId, "2014-03-18"));
            }
            service.kill();
        }

        try (ServiceProcess restarted = ServiceProcess.start(dataFile, log)) {
            JsonNode experiment = Http.as(restarted.port(), "staff").get("/api/experiments/" + experimentId).json();

            assertThat(experiment.get("status").asString()).isEqualTo("RUNNING");
            assertThat(experiment.get("activities").valueStream().map(activity -> activity.get("activityId").asString()))
                    .containsExactlyElementsOf(acknowledged);
            assertThat(experiment.get("version").asLong()).isEqualTo(2 + ACTIVITIES);
        }
    }

    @Test
    void aRestartOnTheSameData_keepsEverything_includingIdempotencyKeysAndReferences() throws Exception {
        String experimentId;
        String learningId;
        String firstAnswer;
        try (ServiceProcess service = ServiceProcess.start(dataFile, log)) {
            Http staff = Http.as(service.port(), "staff");
            Programme programme = new Programme(staff);
            experimentId = programme.runningExperiment("Lokalt udvalgsmøde i Jyderup");
            learningId = programme.recordLearning(experimentId);
            firstAnswer = staff.post("/api/experiments/" + experimentId + "/activities", Programme.activity("2014-03-18"),
                    "Idempotency-Key", "before-restart").json().get("activityId").asString();
            service.stop();
        }

        try (ServiceProcess restarted = ServiceProcess.start(dataFile, log)) {
            Http staff = Http.as(restarted.port(), "staff");
            Http.Response repeat = staff.post("/api/experiments/" + experimentId + "/activities",
                    Programme.activity("2014-03-18"), "Idempotency-Key", "before-restart");
            assertThat(repeat.json().get("activityId").asString()).isEqualTo(firstAnswer);

            JsonNode experiment = staff.get("/api/experiments/" + experimentId).json();
            assertThat(experiment.get("title").asString()).isEqualTo("Lokalt udvalgsmøde i Jyderup");
            assertThat(experiment.get("activities").size()).isEqualTo(1);
            assertThat(experiment.get("learnings").get(0).get("learningId").asString()).isEqualTo(learningId);

            Http.Response recommendation = staff.post("/api/recommendations", """
                    {"title": "Udvalgsmøder ude i lokalområderne", "text": "Fortsæt ordningen.", "basedOnLearnings": ["%s"]}
                    """.formatted(learningId));
            assertThat(recommendation.status()).as("a learning recorded before the restart can be cited after it")
                    .isEqualTo(201);
        }
    }
}
