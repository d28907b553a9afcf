package dk.holbaek.experiments.api.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;

/** What an operator's platform asks of a running instance: is it alive, may it take requests, what is it, how busy. */
@ApiTest
class ActuatorApiTest {

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadiness_areOpen_andReadinessAsksTheDatabaseAndTheViews() {
        assertThat(Http.anonymous(port).get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
        assertThat(Http.anonymous(port).get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");

        JsonNode readiness = Http.as(port, "admin").get("/actuator/health/readiness").json();
        assertThat(readiness.get("components").propertyNames()).containsExactlyInAnyOrder("readinessState", "mongo", "views");
    }

    @Test
    void infoNamesTheBuild() {
        JsonNode build = Http.as(port, "admin").get("/actuator/info").json().get("build");

        assertThat(build.get("artifact").asString()).isEqualTo("experiments-api");
        assertThat(build.get("version").asString()).isNotBlank();
        assertThat(build.get("time").asString()).isNotBlank();
    }

    @Test
    void infoNamesTheCommit_whenTheBuildHadGitData() throws Exception {
        Properties git = new Properties();
        try (InputStream built = getClass().getResourceAsStream("/git.properties")) {
            assumeTrue(built != null, "built without the git plugin");
            git.load(built);
        }
        assumeTrue(git.getProperty("git.commit.id.abbrev") != null, "built from a source archive without .git");

        JsonNode commit = Http.as(port, "admin").get("/actuator/info").json().get("git").get("commit");

        assertThat(commit.get("id").asString()).isEqualTo(git.getProperty("git.commit.id.abbrev"));
    }

    @Test
    void axonsMetrics_areDimensional_withTheMessageAndTheProcessorAsTags() {
        new Programme(Http.as(port, "staff")).registerExperiment("Temamøde om trafik");
        Http admin = Http.as(port, "admin");

        assertThat(admin.get("/actuator/prometheus").body())
                .contains("commandBus_successCounter_total{payloadType=\"RegisterExperiment\"}");
        await("the views' processor to count the event").atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/actuator/prometheus").body().contains(
                        "eventProcessor_successCounter_total{payloadType=\"ExperimentRegistered\",processorName=\"programme-views\"}"));
    }
}
