package dk.holbaek.experiments.api.http.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * Council involvements and recommendations can be read, corrected and withdrawn like an experiment's facts, and a
 * learning a recommendation rests on stays until the recommendation no longer rests on it. A service of its own: it
 * waits for its read model.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "experiments.test.context=record-corrections")
@ActiveProfiles("test")
@DirtiesContext
class RecordCorrectionApiTest {

    @LocalServerPort
    int port;

    @Test
    void aCouncilInvolvement_isReadCorrectedAndWithdrawn_andTheListFollows() {
        Http staff = Http.as(port, "staff");
        String experiment = new Programme(staff).runningExperiment("Lokaludvalgsmøde i Svinninge");
        String involvement = staff.post("/api/council-involvements", """
                {"occurredOn": "2014-04-23", "form": "THEME_MEETING", "topic": "Temamøde", "experimentIds": ["%s"]}"""
                .formatted(experiment)).json().get("id").asString();

        Http.Response corrected = staff.post("/api/council-involvements/" + involvement + "/correction", """
                {"occurredOn": "2014-04-24", "form": "THEME_MEETING", "topic": "Temamøde om lokalområderne",
                 "experimentIds": ["%s"], "reason": "Mødet var dagen efter"}""".formatted(experiment));

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode detail = Http.as(port, "steering").get("/api/council-involvements/" + involvement).json();
        assertThat(detail.get("occurredOn").asString()).isEqualTo("2014-04-24");
        assertThat(detail.get("topic").asString()).isEqualTo("Temamøde om lokalområderne");
        assertThat(detail.get("history").size()).isEqualTo(2);
        assertThat(detail.get("history").get(1).get("recordedBy").asString()).isEqualTo("staff");
        await("the list to show the correction").atMost(Duration.ofSeconds(30)).until(() -> staff
                .get("/api/council-involvements").json().valueStream().anyMatch(row -> row.get("id").asString()
                        .equals(involvement) && row.get("occurredOn").asString().equals("2014-04-24")));

        assertThat(staff.post("/api/council-involvements/" + involvement + "/withdrawal",
                "{\"reason\": \"Registreret to gange\"}").status()).isEqualTo(200);
        await("the list to drop it").atMost(Duration.ofSeconds(30)).until(() -> staff.get("/api/council-involvements")
                .json().valueStream().noneMatch(row -> row.get("id").asString().equals(involvement)));
        assertThat(staff.get("/api/council-involvements/" + involvement).json().get("withdrawn").asBoolean()).isTrue();
        assertThat(staff.post("/api/council-involvements/" + involvement + "/withdrawal", "{\"reason\": \"Igen\"}")
                .status()).isEqualTo(409);
    }

    @Test
    void aLearningARecommendationRestsOn_cannotBeWithdrawnUntilTheRecommendationIsCorrected() {
        Http staff = Http.as(port, "staff");
        Programme programme = new Programme(staff);
        String experiment = programme.runningExperiment("Digital dialog om skolestruktur");
        String first = programme.recordLearning(experiment);
        String second = programme.recordLearning(experiment);
        String recommendation = staff.post("/api/recommendations", """
                {"title": "Digitale høringer", "text": "Brug digitale høringer", "basedOnLearnings": ["%s"]}"""
                .formatted(first)).json().get("id").asString();
        String withdrawal = "/api/experiments/" + experiment + "/learnings/" + first + "/withdrawal";

        Http.Response refused = staff.post(withdrawal, "{\"reason\": \"Fejl\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("rule").asString()).isEqualTo("learning.cited-by-recommendation");

        assertThat(staff.post("/api/recommendations/" + recommendation + "/correction", """
                {"title": "Digitale høringer", "text": "Brug digitale høringer", "basedOnLearnings": ["%s"],
                 "reason": "Hviler på det rigtige læringspunkt"}""".formatted(second)).status()).isEqualTo(200);
        assertThat(staff.post(withdrawal, "{\"reason\": \"Fejl\"}").status()).isEqualTo(200);

        JsonNode detail = staff.get("/api/recommendations/" + recommendation).json();
        assertThat(detail.get("basedOnLearnings").get(0).get("learningId").asString()).isEqualTo(second);
        assertThat(detail.get("history").valueStream().map(entry -> entry.get("type").asString()))
                .containsExactly("RecommendationRecorded", "RecommendationCorrected");
        await("the list to show the corrected recommendation").atMost(Duration.ofSeconds(30))
                .until(() -> staff.get("/api/recommendations").json().valueStream().anyMatch(row -> row.get("id")
                        .asString().equals(recommendation) && row.get("basedOnLearnings").get(0).get("learningId")
                        .asString().equals(second)));
    }
}
