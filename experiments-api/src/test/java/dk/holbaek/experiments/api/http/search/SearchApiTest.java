package dk.holbaek.experiments.api.http.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/search}: every word of the query must occur, in any case and word form; results come grouped by
 * kind and follow corrections and withdrawals. Its own service, as it waits for the read model (the shared test
 * service's views processor may be held up by other test contexts); each test has words of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.application.name=search-test")
@ActiveProfiles("test")
class SearchApiTest {

    @LocalServerPort
    int port;

    private Http staff;
    private Programme programme;

    @BeforeEach
    void setUp() {
        staff = Http.as(port, "staff");
        programme = new Programme(staff);
    }

    @Test
    void aDanishWord_findsItsOtherForms_inAnyCase_acrossExperimentsAndLearnings() {
        String experiment = programme.runningExperiment("Kajakklubbens borgermøde i Tølløse");
        String learning = learning(experiment, "Kajakroerne kom til borgermøderne, når de blev inviteret personligt");

        JsonNode found = awaitFound("BORGERMØDER kajakklubben", 1);

        assertThat(ids(found, "experiments")).containsExactly(experiment);
        assertThat(found.get("experiments").get(0).get("title").asString()).isEqualTo("Kajakklubbens borgermøde i Tølløse");
        assertThat(ids(search("borgermødet kajakroerne"), "learnings")).containsExactly(learning);
        assertThat(search("borgermødet kajakroerne").get("learnings").get(0).get("experimentId").asString())
                .isEqualTo(experiment);
        assertThat(search("kajakklubben tølløse").get("total").asInt()).isEqualTo(1);
        assertThat(search("kajakklubben grønland").get("total").asInt()).as("every word must occur").isZero();
    }

    @Test
    void aCorrectedOrWithdrawnText_isFoundAsItStandsNow() {
        String experiment = programme.runningExperiment("Snedkerværkstedet i Jyderup");
        String learning = learning(experiment, "Snedkerne ønskede flere aftenmøder om værkstedet");
        awaitFound("snedkerne aftenmøder", 1);

        assertThat(staff.post("/api/experiments/" + experiment + "/learnings/" + learning + "/withdrawal",
                "{\"reason\": \"Registreret på det forkerte eksperiment\"}").status()).isEqualTo(200);

        awaitFound("snedkerne aftenmøder", 0);
        assertThat(ids(search("snedkerværkstedet"), "experiments")).containsExactly(experiment);
    }

    @Test
    void aMissingOrOverlongQuery_isRefusedNamingQ() {
        Http.Response missing = staff.get("/api/search");
        Http.Response blank = staff.get("/api/search?q=%20%20");
        Http.Response tooLong = staff.get("/api/search?q=" + "a".repeat(201));

        for (Http.Response refused : List.of(missing, blank, tooLong)) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
        }
        assertThat(missing.json().get("errors").get(0).get("message").asString()).isEqualTo("skal udfyldes");
    }

    @Test
    void aQueryOfSmallWordsOnly_findsNothing_ratherThanEverything() {
        JsonNode found = search("og i at");

        assertThat(found.get("total").asInt()).isZero();
        assertThat(found.get("terms").size()).isZero();
        assertThat(found.has("experiments")).isTrue();
    }

    private String learning(String experiment, String insight) {
        Http.Response recorded = staff.post("/api/experiments/" + experiment + "/learnings", """
                {"criterion": "BROAD_INVOLVEMENT", "insight": "%s", "assessment": 1, "recordedOn": "2014-03-20"}
                """.formatted(insight));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.json().get("learningId").asString();
    }

    private JsonNode awaitFound(String query, int total) {
        await().atMost(Duration.ofSeconds(20)).until(() -> search(query).get("total").asInt() == total);
        return search(query);
    }

    private JsonNode search(String query) {
        Http.Response response = staff.get("/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode found, String group) {
        List<String> ids = new ArrayList<>();
        found.get(group).forEach(hit -> ids.add(hit.get("id").asString()));
        return ids;
    }
}
