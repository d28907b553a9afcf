package dk.holbaek.experiments.api.http.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * A typo corrected and a duplicate withdrawn, as staff would do it: the views, the list and the report show the
 * corrected programme, views as of the moment before show the original, the history keeps both and says who and why,
 * and a rebuild gives the same views. A service of its own, so that every figure can be named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "experiments.test.context=corrections")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class CorrectionApiTest {

    @LocalServerPort
    int port;

    @Test
    void aTypoCorrected_andADuplicateWithdrawn_countAsCorrected_whileTheHistoryKeepsWhatWasFirstSaid() {
        Http staff = Http.as(port, "staff");
        Http analyst = Http.as(port, "analyst");
        Programme programme = new Programme(staff);
        String jyderup = programme.runningExperiment("Borgerbudget i Jyderup");
        String activity = created(staff.post("/api/experiments/" + jyderup + "/activities",
                Programme.activity("2014-03-18").replace("\"total\": 85", "\"total\": 500")), "activityId");
        String duplicate = programme.registerExperiment("Borgerbudget i Jyderup");
        await("the views to show the typo").atMost(Duration.ofSeconds(30))
                .until(() -> progress(analyst, null).get("participants").asInt() == 500);
        assertThat(experimentsInTotal(analyst)).isEqualTo(2);
        Instant beforeCorrections = Instant.now();

        Http.Response corrected = staff.post("/api/experiments/" + jyderup + "/activities/" + activity + "/correction",
                Programme.activity("2014-03-18").replace("\"total\": 85", "\"total\": 50")
                        .replaceFirst("\\{", "{\"reason\": \"Tastefejl: 50, ikke 500\", "));
        Http.Response withdrawn = staff.post("/api/experiments/" + duplicate + "/withdrawal",
                "{\"reason\": \"Registreret ved en fejl (dublet)\"}");

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        await("the views to show the correction").atMost(Duration.ofSeconds(30))
                .until(() -> progress(analyst, null).get("participants").asInt() == 50);
        assertThat(experimentsInTotal(analyst)).as("the duplicate counts nowhere").isEqualTo(1);
        assertThat(staff.get("/api/experiments").json().valueStream().map(row -> row.get("id").asString()))
                .containsExactly(jyderup);
        assertThat(progress(analyst, beforeCorrections.toString()).get("participants").asInt())
                .as("as of the moment before, the original").isEqualTo(500);
        assertThat(experimentsInTotal(analyst, beforeCorrections.toString())).isEqualTo(2);

        JsonNode report = analyst.get("/api/reports/experience?format=json").json();
        assertThat(report.get("summary").get("participants").get("value").asInt()).isEqualTo(50);
        assertThat(report.get("appendix").toString()).doesNotContain(duplicate);
        assertThat(report.get("corrections").get("value").asInt()).isEqualTo(1);
        assertThat(report.get("withdrawals").get("value").asInt()).isEqualTo(1);
        report.get("corrections").get("sources").forEach(id -> assertThat(analyst.get("/api/events/" + id.asString())
                .json().get("type").asString()).isEqualTo("ActivityCorrected"));
        assertThat(analyst.get("/api/reports/experience?format=markdown&lang=da").body())
                .contains("Rettelser og tilbagetrækninger: 1 registrering er rettet, og 1 er trukket tilbage");

        JsonNode history = staff.get("/api/experiments/" + jyderup + "/history").json();
        JsonNode correction = history.get(history.size() - 1);
        assertThat(correction.get("type").asString()).isEqualTo("ActivityCorrected");
        assertThat(correction.get("recordedBy").asString()).isEqualTo("staff");
        assertThat(correction.get("payload").get("reason").asString()).isEqualTo("Tastefejl: 50, ikke 500");
        assertThat(correction.get("payload").get("corrected").get("participants").get("total").asInt()).isEqualTo(50);
        assertThat(history.get(history.size() - 2).get("payload").get("participants").get("total").asInt())
                .as("what was first said stays").isEqualTo(500);
        JsonNode duplicateDetail = staff.get("/api/experiments/" + duplicate).json();
        assertThat(duplicateDetail.get("withdrawn").asBoolean()).isTrue();
        assertThat(duplicateDetail.get("withdrawalReason").asString()).isEqualTo("Registreret ved en fejl (dublet)");

        Http.Response again = staff.post("/api/experiments/" + jyderup + "/activities/" + activity + "/correction",
                Programme.activity("2014-03-18").replace("\"total\": 85", "\"total\": 50")
                        .replaceFirst("\\{", "{\"reason\": \"Igen\", "));
        assertThat(again.status()).as("a correction that changes nothing").isEqualTo(200);
        assertThat(staff.get("/api/experiments/" + jyderup + "/history").json().size()).as("appends nothing")
                .isEqualTo(history.size());
        Http.Response onWithdrawn = staff.post("/api/experiments/" + duplicate + "/withdrawal", "{\"reason\": \"Igen\"}");
        assertThat(onWithdrawn.status()).isEqualTo(409);
        assertThat(onWithdrawn.json().get("rule").asString()).isEqualTo("experiment.withdrawn");
        Http.Response unknown = staff.post("/api/experiments/" + jyderup + "/activities/no-such/withdrawal",
                "{\"reason\": \"Fejl\"}");
        assertThat(unknown.status()).isEqualTo(404);
        Http.Response noReason = staff.post("/api/experiments/" + jyderup + "/activities/" + activity + "/withdrawal",
                "{\"reason\": \" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        JsonNode viewsBefore = progress(analyst, null);
        Http admin = Http.as(port, "admin");
        String location = admin.post("/api/admin/projections/rebuild", "").header("Location").orElseThrow();
        await("the rebuild to finish").atMost(Duration.ofSeconds(30))
                .until(() -> admin.get(location).json().get("finished").asBoolean());
        assertThat(progress(analyst, null)).as("a rebuild gives the same views").isEqualTo(viewsBefore);
    }

    @Test
    void aCorrectionThatWouldBreakALaterFact_isRefusedNamingIt() {
        Http staff = Http.as(port, "staff");
        Programme programme = new Programme(staff);
        String experiment = programme.runningExperiment("Ungeråd i Tølløse");
        String activity = programme.logActivity(experiment, "2014-03-18");

        Http.Response refused = staff.post("/api/experiments/" + experiment + "/start/correction",
                "{\"startedOn\": \"2014-03-20\", \"reason\": \"Startede senere\"}", "Accept-Language", "en");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("activity " + activity)
                .contains("would lie before the start");
    }

    private static JsonNode progress(Http who, String asOf) {
        return who.get("/api/views/progress" + (asOf == null ? "" : "?asOf=" + asOf)).json();
    }

    private static long experimentsInTotal(Http who) {
        return experimentsInTotal(who, null);
    }

    private static long experimentsInTotal(Http who, String asOf) {
        JsonNode byStatus = progress(who, asOf).get("experimentsByStatus");
        return byStatus.valueStream().mapToLong(JsonNode::asLong).sum();
    }

    private static String created(Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get(field).asString();
    }
}
