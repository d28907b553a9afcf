package dk.holbaek.experiments.api.ops.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.ExperimentsApplication;
import dk.holbaek.experiments.api.Http;

/**
 * The demo programme exported as JSON Lines from one service and imported into another, empty one: after a rebuild
 * the second shows the same views, the same list, the same histories and the same report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "experiments.demo.enabled=true")
@ActiveProfiles("test")
class EventLogRoundTripTest {

    private static final List<String> READS = List.of("/api/views/progress", "/api/views/criteria/political-leadership",
            "/api/views/criteria/broad-involvement", "/api/views/criteria/administration-collaboration",
            "/api/views/criteria/municipality-as-partner", "/api/experiments", "/api/external-experiences");

    @LocalServerPort
    int port;

    private ConfigurableApplicationContext target;
    private int targetPort;

    @BeforeEach
    void startAnEmptyService() {
        target = new SpringApplicationBuilder(ExperimentsApplication.class)
                .profiles("test")
                .properties("server.port=0", "spring.application.name=import-target")
                .run();
        targetPort = Integer.parseInt(target.getEnvironment().getProperty("local.server.port"));
    }

    @AfterEach
    void stopIt() {
        target.close();
    }

    @Test
    void exportImportAndRebuild_giveTheSameViewsListsHistoriesAndReport() {
        Http sourceAdmin = Http.as(port, "admin");
        Http targetAdmin = Http.as(targetPort, "admin");
        Http.Response export = sourceAdmin.get("/api/admin/events/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        long lines = export.body().lines().count();
        assertThat(lines).isEqualTo(80);

        Http.Response imported = targetAdmin.post("/api/admin/events/import", export.body(), "Content-Type",
                "application/x-ndjson");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asLong()).isEqualTo(lines);
        assertThat(targetAdmin.post("/api/admin/events/import", export.body(), "Content-Type", "application/x-ndjson")
                .status()).as("an import goes only into an empty store").isEqualTo(409);

        String status = targetAdmin.post("/api/admin/projections/rebuild", "").header("Location").orElseThrow();
        await("the rebuild to finish").atMost(Duration.ofSeconds(30))
                .until(() -> targetAdmin.get(status).json().get("finished").asBoolean());
        for (String read : READS) {
            assertThat(targetAdmin.get(read).body()).as(read).isEqualTo(sourceAdmin.get(read).body());
        }
        for (String format : List.of("json", "markdown", "html", "pdf")) {
            String report = "/api/reports/experience?format=" + format + "&asOf=2015-12-31";
            assertThat(targetAdmin.get(report).body()).as(format).isEqualTo(sourceAdmin.get(report).body());
        }
        String experimentId = sourceAdmin.get("/api/experiments").json().get(0).get("id").asString();
        assertThat(targetAdmin.get("/api/experiments/" + experimentId + "/history").body())
                .isEqualTo(sourceAdmin.get("/api/experiments/" + experimentId + "/history").body());
    }

    @Test
    void aFileWithABadLine_isRefusedWhole_andNamesTheLine() {
        String export = Http.as(port, "admin").get("/api/admin/events/export").body();
        String damaged = export.lines().limit(3).reduce("", (a, b) -> a + b + "\n") + "{\"type\": \"Nonsense\"}\n";

        Http.Response refused = Http.as(targetPort, "admin").post("/api/admin/events/import", damaged,
                "Content-Type", "application/x-ndjson");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("line 4");
        assertThat(Http.as(targetPort, "admin").get("/api/admin/events/export").body()).as("nothing imported").isEmpty();
        assertThat(Http.as(targetPort, "staff").post("/api/admin/events/import", damaged, "Content-Type",
                "application/x-ndjson").status()).isEqualTo(403);
    }
}
