package dk.holbaek.experiments.api.http.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/** Bad input gets a 400 problem detail naming every bad field, and changes nothing. */
@ApiTest
class BadInputApiTest {

    @LocalServerPort
    int port;

    private Http staff;
    private Programme programme;
    private String experimentId;

    @BeforeEach
    void setUp() {
        staff = Http.as(port, "staff");
        programme = new Programme(staff);
        experimentId = programme.runningExperiment("Lokal debat i Mørkøv");
    }

    @Test
    void missingRequiredFields_areEachNamed() {
        Http.Response response = staff.post("/api/experiments", "{\"hypothesis\": \"H\", \"insightAreas\": []}");

        assertProblem(response, 400);
        assertThat(fields(response)).containsExactly("title", "method", "role", "insightAreas");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("må ikke være tom");
    }

    @Test
    void malformedDate_namesTheFieldAndTheExpectedForm() {
        Http.Response response = staff.post("/api/experiments/" + experimentId + "/activities",
                Programme.activity("2014-03-18").replace("\"occurredOn\": \"2014-03-18\"", "\"occurredOn\": \"18-03-2014\""));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("occurredOn");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("skal være en dato som 2014-03-12");
        assertThat(programme.historyLength(experimentId)).isEqualTo(3);
    }

    @Test
    void unknownEnumValue_listsTheAllowedValues() {
        Http.Response response = staff.post("/api/experiments/" + experimentId + "/activities",
                Programme.activity("2014-03-18").replace("\"channel\": \"PHYSICAL\"", "\"channel\": \"ONLINE\""));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("channel");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("skal være en af PHYSICAL, DIGITAL, HYBRID");
    }

    @Test
    void unknownGroupInByGroup_isRejected() {
        Http.Response response = staff.post("/api/experiments/" + experimentId + "/activities",
                Programme.activity("2014-03-18").replace("\"YOUNG_PEOPLE\": 12", "\"TEENAGERS\": 12"));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).startsWith("participants.byGroup");
        assertThat(programme.historyLength(experimentId)).isEqualTo(3);
    }

    @Test
    void unknownField_isRejectedSoThatATypoDropsNoData() {
        Http.Response response = staff.post("/api/experiments/" + experimentId + "/activities",
                Programme.activity("2014-03-18").replace("\"councilMembersPresent\"", "\"councilMemberPresent\""));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("councilMemberPresent");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .startsWith("er ikke et kendt felt; kendte felter: ").contains("councilMembersPresent");
        assertThat(programme.historyLength(experimentId)).isEqualTo(3);
    }

    @Test
    void negativeCountsAndAmounts_areEachNamed() {
        Http.Response response = staff.post("/api/experiments/" + experimentId + "/activities", """
                {"title": "Møde", "kind": "MEETING", "occurredOn": "2014-03-18", "channel": "PHYSICAL",
                 "participants": {"total": -5}, "staffPresent": -1,
                 "costs": [{"category": "SPEAKERS", "amountDkk": -300}]}
                """);

        assertProblem(response, 400);
        assertThat(fields(response)).containsExactly("staffPresent", "participants.total", "costs[0].amountDkk");
        assertThat(programme.historyLength(experimentId)).isEqualTo(3);
    }

    @Test
    void groupsAddingUpToMoreThanTheTotal_areRejected() {
        Http.Response response = staff.post("/api/experiments/" + experimentId + "/activities",
                Programme.activity("2014-03-18").replace("\"total\": 85", "\"total\": 40"));

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("grupperne giver tilsammen 42, flere end de 40 deltagere i alt");
    }

    @Test
    void moreFindingItMeaningfulThanRespondents_isRejected() {
        Http.Response response = staff.post("/api/experiments/" + experimentId + "/activities",
                Programme.activity("2014-03-18").replace("\"foundMeaningful\": 31", "\"foundMeaningful\": 41"));

        assertProblem(response, 400);
        assertThat(fields(response)).containsExactly("feedback.foundMeaningful");
    }

    @Test
    void wrongDates_areRejected() {
        Http.Response plannedBackwards = staff.post("/api/experiments", """
                {"title": "T", "hypothesis": "H", "method": "OTHER", "role": "OBSERVED", "insightAreas": ["LOCAL_INITIATIVE"],
                 "plannedStart": "2015-01-01", "plannedEnd": "2014-01-01"}
                """);
        assertProblem(plannedBackwards, 400);
        assertThat(fields(plannedBackwards)).containsExactly("plannedEnd");

        Http.Response beforeStart = staff.post("/api/experiments/" + experimentId + "/activities", Programme.activity("2014-03-01"));
        assertProblem(beforeStart, 409);
        assertThat(beforeStart.json().get("detail").asString())
                .isEqualTo("En aktivitet den 1. marts 2014 ligger før eksperimentets start (10. marts 2014).");
    }

    @Test
    void wrongTypesAndBrokenJson_areRejected() {
        Http.Response text = staff.post("/api/experiments/" + experimentId + "/activities",
                Programme.activity("2014-03-18").replace("\"total\": 85", "\"total\": \"many\""));
        assertProblem(text, 400);
        assertThat(text.json().get("errors").get(0).get("field").asString()).isEqualTo("participants.total");
        assertThat(text.json().get("errors").get(0).get("message").asString()).isEqualTo("skal være et helt tal");

        Http.Response broken = staff.post("/api/experiments", "{\"title\": ");
        assertProblem(broken, 400);
        assertThat(fields(broken)).containsExactly("body");

        Http.Response badIfMatch = staff.post("/api/experiments/" + experimentId + "/activities", Programme.activity("2014-03-18"),
                "If-Match", "yesterday");
        assertProblem(badIfMatch, 400);
        assertThat(fields(badIfMatch)).containsExactly("If-Match");
        assertThat(programme.historyLength(experimentId)).isEqualTo(3);
    }

    @Test
    void fractionalAndHugeNumbers_areRejectedInsteadOfRoundedOrCut() {
        Http.Response fraction = staff.post("/api/experiments/" + experimentId + "/activities",
                Programme.activity("2014-03-18").replace("\"total\": 85", "\"total\": 85.5"));
        assertProblem(fraction, 400);
        assertThat(fields(fraction)).containsExactly("participants.total");

        Http.Response huge = staff.post("/api/experiments/" + experimentId + "/activities",
                Programme.activity("2014-03-18").replace("\"total\": 85", "\"total\": 99999999999"));
        assertProblem(huge, 400);
        assertThat(huge.json().get("errors").get(0).get("message").asString()).isEqualTo("er et for stort tal");

        Http.Response absurdAmount = staff.post("/api/experiments/" + experimentId + "/activities",
                Programme.activity("2014-03-18").replace("4200.50", "1e400"));
        assertProblem(absurdAmount, 400);
        assertThat(fields(absurdAmount)).containsExactly("costs[0].amountDkk");
        assertThat(programme.historyLength(experimentId)).isEqualTo(3);
    }

    @Test
    void aPathTheServerCannotRead_isAProblemDetailToo() {
        Http.Response response = staff.post("/api/experiments/%00/start", "{\"startedOn\": \"2014-03-10\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<html", "Tomcat");
    }

    @Test
    void assessmentOutsideTheScale_isRejected() {
        Http.Response response = staff.post("/api/experiments/" + experimentId + "/learnings", """
                {"criterion": "BROAD_INVOLVEMENT", "insight": "Mange kom", "assessment": 5, "recordedOn": "2014-04-01"}
                """);

        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("skal være et helt tal fra -2 til +2");
    }

    @Test
    void anUnsupportedMethodOrMediaType_isAProblemToo() {
        Http.Response wrongMethod = staff.get("/api/experiments/" + experimentId + "/start");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
    }

    private static List<String> fields(Http.Response response) {
        return response.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    static void assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.has("type")).isTrue();
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "axonframework", "\tat ", "java.");
    }
}
