package dk.holbaek.experiments.api.http.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * Experience from home and abroad, as the mandate asks the programme to gather: recorded by staff, listed, given a
 * chapter of the report, corrected and withdrawn. Its own service, as the list is read from the views.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=external-experience-test")
@ActiveProfiles("test")
class ExternalExperienceApiTest {

    private static final String PARIS = """
            {"title": "Borgerbudget i Paris", "place": "Paris", "country": "Frankrig", "method": "Borgerbudget",
             "link": "https://budgetparticipatif.paris.fr/", "learned": "Afstemning på nettet og i stemmeboks nåede flere unge.",
             "experimentIds": ["%s"], "recordedOn": "2015-02-10"}
            """;

    @LocalServerPort
    int port;

    @Test
    void anExperienceFromAbroad_isListed_andHasItsChapterInTheReport_withTheExperimentItBearsOn() {
        Http staff = Http.as(port, "staff");
        String budget = new Programme(staff).registerExperiment("Borgerbudget i Svinninge");

        Http.Response recorded = staff.post("/api/external-experiences", PARIS.formatted(budget));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String id = recorded.json().get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> staff.get("/api/external-experiences").json().size() == 1);
        JsonNode listed = staff.get("/api/external-experiences").json().get(0);
        assertThat(listed.get("id").asString()).isEqualTo(id);
        assertThat(listed.get("country").asString()).isEqualTo("Frankrig");
        assertThat(listed.get("experimentIds").get(0).asString()).isEqualTo(budget);
        String report = Http.as(port, "analyst").get("/api/reports/experience?format=markdown").body();
        assertThat(report).contains("## 10. Erfaringer fra ind- og udland", "**Borgerbudget i Paris (Paris, Frankrig)**",
                "Afstemning på nettet og i stemmeboks nåede flere unge.", "Relevant for: Borgerbudget i Svinninge",
                "Kilde: https://budgetparticipatif.paris.fr/");
    }

    @Test
    void anExperienceWithoutWhatWasLearned_orWithALinkThatIsNoWebAddress_isRefusedNamingEachField() {
        Http staff = Http.as(port, "staff");

        Http.Response refused = staff.post("/api/external-experiences", """
                {"title": "Nabokommunen", "place": " ", "country": "Danmark", "link": "javascript:alert(1)",
                 "learned": "", "recordedOn": "2015-03-02"}
                """);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactlyInAnyOrder("place", "link", "learned");
        assertThat(refused.body()).contains("skal være en webadresse, der begynder med https:// eller http://");
        assertThat(Http.as(port, "steering").post("/api/external-experiences", PARIS.formatted("x")).status())
                .isEqualTo(403);
    }

    @Test
    void aCorrectedExperience_readsAsCorrectedWithItsHistory_andAWithdrawnOneLeavesTheListAndTheReport() {
        Http staff = Http.as(port, "staff");
        String id = staff.post("/api/external-experiences", """
                {"title": "Lokalråd i Aarhus", "place": "Aarhus", "country": "Danmark",
                 "learned": "Faste lokalråd giver kommunen én indgang til hvert område.", "recordedOn": "2015-03-02"}
                """).json().get("id").asString();

        Http.Response corrected = staff.post("/api/external-experiences/" + id + "/correction", """
                {"title": "Lokalråd i Aarhus Kommune", "place": "Aarhus", "country": "Danmark",
                 "learned": "Faste lokalråd giver kommunen én indgang til hvert område.", "recordedOn": "2015-03-02",
                 "reason": "Præcist navn"}
                """, "If-Match", "\"0\"");

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode read = staff.get("/api/external-experiences/" + id).json();
        assertThat(read.get("title").asString()).isEqualTo("Lokalråd i Aarhus Kommune");
        assertThat(read.get("history").size()).isEqualTo(2);
        Http.Response withdrawn = staff.post("/api/external-experiences/" + id + "/withdrawal",
                "{\"reason\": \"Registreret ved en fejl\"}", "If-Match", "\"1\"");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(staff.get("/api/external-experiences/" + id).json().get("withdrawn").asBoolean()).isTrue();
        assertThat(Http.as(port, "analyst").get("/api/reports/experience?format=markdown").body())
                .doesNotContain("Lokalråd i Aarhus");
        await().atMost(Duration.ofSeconds(20)).until(() -> staff.get("/api/external-experiences").json().valueStream()
                .noneMatch(row -> row.get("id").asString().equals(id)));
    }
}
