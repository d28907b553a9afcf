package dk.holbaek.experiments.api.http.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

@ApiTest
class CouncilAndRecommendationApiTest {

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
    void aCouncilInvolvement_isRecordedWithTheExperimentsItConcerns() {
        String experimentId = programme.registerExperiment("Temamøde om nærdemokrati");

        Http.Response recorded = staff.post("/api/council-involvements", """
                {"occurredOn": "2014-04-23", "form": "THEME_MEETING", "topic": "Dialog med lokalområderne",
                 "experimentIds": ["%s"]}
                """.formatted(experimentId));

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.json().get("id").asString()).isNotBlank();
    }

    @Test
    void aCouncilInvolvementWithAnUnknownExperiment_namesTheBadEntry() {
        String experimentId = programme.registerExperiment("Temamøde");

        Http.Response refused = staff.post("/api/council-involvements", """
                {"occurredOn": "2014-04-23", "form": "BRIEFING", "topic": "Orientering",
                 "experimentIds": ["%s", "no-such-experiment"]}
                """.formatted(experimentId));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("experimentIds[1]");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).isEqualTo("er ikke et registreret eksperiment");
    }

    @Test
    void aRecommendation_saysWhyWhatItCostsWhoCarriesItOutAndByWhen() {
        String experimentId = programme.runningExperiment("Borgerbudget i Tuse");
        String learningId = programme.recordLearning(experimentId);

        Http.Response recorded = staff.post("/api/recommendations", """
                {"title": "Lokale puljer", "text": "Byrådet bør afsætte lokale puljer.", "basedOnLearnings": ["%s"],
                 "rationale": "88 deltog i Tuse, flere end ved noget borgermøde", "economicConsequenceDkk": 250000,
                 "owner": "Kultur og Fritid", "implementBy": "2017-06-30"}
                """.formatted(learningId));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

        JsonNode read = staff.get("/api/recommendations/" + recorded.json().get("id").asString()).json();
        assertThat(read.get("rationale").asString()).isEqualTo("88 deltog i Tuse, flere end ved noget borgermøde");
        assertThat(read.get("economicConsequenceDkk").decimalValue()).isEqualByComparingTo("250000");
        assertThat(read.get("owner").asString()).isEqualTo("Kultur og Fritid");
        assertThat(read.get("implementBy").asString()).isEqualTo("2017-06-30");
        Http.Response tooLate = staff.post("/api/recommendations", """
                {"title": "T", "text": "T", "basedOnLearnings": ["%s"], "implementBy": "2040-01-01"}
                """.formatted(learningId));
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.json().get("errors").get(0).get("message").asString())
                .isEqualTo("skal ligge mellem 2014-01-01 og 2026-12-31");
    }

    @Test
    void aRecommendation_restsOnRecordedLearnings_andIsAdoptedByCommitteeThenCouncil() {
        String experimentId = programme.runningExperiment("Borgerbudget");
        String learningId = programme.recordLearning(experimentId);

        Http.Response recorded = staff.post("/api/recommendations", """
                {"title": "Borgerbudgetter i alle lokalområder", "text": "Byrådet bør afsætte en årlig pulje.",
                 "basedOnLearnings": ["%s"]}
                """.formatted(learningId));
        assertThat(recorded.status()).isEqualTo(201);
        String id = recorded.json().get("id").asString();

        assertThat(staff.post("/api/recommendations/" + id + "/adoption",
                "{\"adoptedOn\": \"2015-11-05\", \"adoptedBy\": \"PROJECT_COMMITTEE\"}").status()).isEqualTo(200);
        assertThat(staff.post("/api/recommendations/" + id + "/adoption",
                "{\"adoptedOn\": \"2015-12-16\", \"adoptedBy\": \"CITY_COUNCIL\"}").status()).isEqualTo(200);

        Http.Response twice = staff.post("/api/recommendations/" + id + "/adoption",
                "{\"adoptedOn\": \"2015-12-17\", \"adoptedBy\": \"CITY_COUNCIL\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString())
                .isEqualTo("Denne anbefaling er allerede vedtaget af byrådet den 16. december 2015.");
    }

    @Test
    void aRecommendationWithoutRecordedLearnings_isRefused() {
        Http.Response none = staff.post("/api/recommendations",
                "{\"title\": \"T\", \"text\": \"Tekst\", \"basedOnLearnings\": []}");
        Http.Response unknown = staff.post("/api/recommendations",
                "{\"title\": \"T\", \"text\": \"Tekst\", \"basedOnLearnings\": [\"no-such-learning\"]}");

        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("errors").get(0).get("message").asString())
                .isEqualTo("skal nævne mindst ét registreret læringspunkt");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("basedOnLearnings[0]");
    }

    @Test
    void adoptingAnUnknownRecommendation_isNotFound() {
        Http.Response response = staff.post("/api/recommendations/no-such-recommendation/adoption",
                "{\"adoptedOn\": \"2015-11-05\", \"adoptedBy\": \"PROJECT_COMMITTEE\"}");
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void anExperimentIdUsedAsARecommendationId_isNotFound() {
        String experimentId = programme.registerExperiment("Forveksling");
        Http.Response response = staff.post("/api/recommendations/" + experimentId + "/adoption",
                "{\"adoptedOn\": \"2015-11-05\", \"adoptedBy\": \"PROJECT_COMMITTEE\"}");
        assertThat(response.status()).isEqualTo(404);
    }
}
