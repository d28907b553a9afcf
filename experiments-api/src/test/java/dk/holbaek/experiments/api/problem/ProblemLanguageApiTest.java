package dk.holbaek.experiments.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * Problem details speak Danish unless the client asks for English; the type, the status and the field names are the
 * same in both. A body with several mistakes of different kinds gets them all named in one answer.
 */
@ApiTest
class ProblemLanguageApiTest {

    @LocalServerPort
    int port;

    private Http staff;
    private Programme programme;
    private String experimentId;

    @BeforeEach
    void setUp() {
        staff = Http.as(port, "staff");
        programme = new Programme(staff);
        experimentId = programme.runningExperiment("Dialogcafé i Jyderup");
    }

    @Test
    void aRefusedField_isExplainedInDanishByDefault_andInEnglishWhenAsked() {
        String blankTitle = Programme.activity("2014-03-18").replace("\"Borgermøde om budgettet\"", "\"  \"");

        Http.Response danish = staff.post(activities(), blankTitle);
        Http.Response english = staff.post(activities(), blankTitle, "Accept-Language", "en-GB,en;q=0.8");

        assertThat(danish.status()).isEqualTo(400);
        assertThat(danish.json().get("title").asString()).isEqualTo("Forespørgslen er ugyldig");
        assertThat(danish.json().get("detail").asString()).isEqualTo("Et felt skal rettes: title må ikke være tom.");
        assertThat(danish.json().get("errors").get(0).get("message").asString()).isEqualTo("må ikke være tom");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().get("title").asString()).isEqualTo("The request is invalid");
        assertThat(english.json().get("detail").asString()).isEqualTo("One field needs correcting: title must not be blank.");
        assertThat(english.json().get("type")).isEqualTo(danish.json().get("type"));
        assertThat(english.json().get("errors").get(0).get("field")).isEqualTo(danish.json().get("errors").get(0).get("field"));
    }

    @Test
    void theLanguageFollowsTheOrderOfPreference_andAnUnofferedLanguageGetsDanish() {
        String blankTitle = Programme.activity("2014-03-18").replace("\"Borgermøde om budgettet\"", "\"\"");

        assertThat(message(staff.post(activities(), blankTitle, "Accept-Language", "sv-SE,en;q=0.7,da;q=0.5")))
                .isEqualTo("must not be blank");
        assertThat(message(staff.post(activities(), blankTitle, "Accept-Language", "da,en;q=0.9")))
                .isEqualTo("må ikke være tom");
        assertThat(message(staff.post(activities(), blankTitle, "Accept-Language", "de-DE")))
                .isEqualTo("må ikke være tom");
    }

    @Test
    void aWrongEnumAnUnknownFieldABadDateAndABrokenSum_areAllNamedAtOnce_andNothingIsRecorded() {
        int before = programme.historyLength(experimentId);
        String body = Programme.activity("2014-03-18")
                .replace("\"channel\": \"PHYSICAL\"", "\"channel\": \"TELEPATHIC\"")
                .replace("\"startsAt\": \"19:00\"", "\"startsAt\": \"19:00\", \"titel\": \"Stavefejl\"")
                .replace("\"occurredOn\": \"2014-03-18\"", "\"occurredOn\": \"2014-02-30\"")
                .replace("\"YOUNG_PEOPLE\": 12", "\"YOUNG_PEOPLE\": 120");

        Http.Response refused = staff.post(activities(), body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("channel", "titel", "occurredOn", "participants.byGroup");
        assertThat(refused.json().get("detail").asString()).isEqualTo("4 felter skal rettes; se errors.");
        assertThat(messageOf(refused, "channel")).isEqualTo("skal være en af PHYSICAL, DIGITAL, HYBRID");
        assertThat(messageOf(refused, "titel")).startsWith("er ikke et kendt felt; kendte felter: ").contains("title");
        assertThat(messageOf(refused, "occurredOn")).isEqualTo("skal være en dato som 2014-03-12");
        assertThat(messageOf(refused, "participants.byGroup"))
                .isEqualTo("grupperne giver tilsammen 150, flere end de 85 deltagere i alt");
        assertThat(programme.historyLength(experimentId)).isEqualTo(before);
    }

    @Test
    void mistakesInsideNestedObjectsAndLists_areNamedByTheirPath() {
        String body = Programme.activity("2014-03-18")
                .replace("\"category\": \"CATERING\"", "\"category\": \"FLOWERS\"")
                .replace("\"businesses\": 4", "\"businesses\": 4, \"pets\": 2");

        Http.Response refused = staff.post(activities(), body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused)).containsExactlyInAnyOrder("costs[0].category", "participants.pets");
    }

    @Test
    void aRuleOfTheProgramme_isExplainedInTheLanguageAsked_withDatesWrittenAsPeopleWriteThem() {
        String tooEarly = Programme.activity("2014-03-01");

        Http.Response danish = staff.post(activities(), tooEarly);
        Http.Response english = staff.post(activities(), tooEarly, "Accept-Language", "en");

        assertThat(danish.status()).isEqualTo(409);
        assertThat(danish.json().get("title").asString()).isEqualTo("Ikke tilladt i den nuværende tilstand");
        assertThat(danish.json().get("detail").asString())
                .isEqualTo("En aktivitet den 1. marts 2014 ligger før eksperimentets start (10. marts 2014).");
        assertThat(english.json().get("detail").asString())
                .isEqualTo("An activity on 2014-03-01 lies before the experiment started (2014-03-10).");
        assertThat(english.json().get("rule")).isEqualTo(danish.json().get("rule"));
    }

    @Test
    void problemsAnsweredBeforeAnyController_speakTheLanguageToo() {
        Http.Response danish = Http.anonymous(port).get("/api/experiments");
        Http.Response english = Http.anonymous(port).get("/api/experiments", "Accept-Language", "en");
        Http.Response forbidden = Http.as(port, "steering").post("/api/experiments", "{}");

        assertThat(danish.status()).isEqualTo(401);
        assertThat(danish.json().get("title").asString()).isEqualTo("Log ind først");
        assertThat(english.json().get("title").asString()).isEqualTo("Login required");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("detail").asString())
                .isEqualTo("Din bruger må ikke ændre /api/experiments; spørg en administrator om den rolle, det kræver.");
    }

    private String activities() {
        return "/api/experiments/" + experimentId + "/activities";
    }

    private static String message(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").get(0).get("message").asString();
    }

    private static String messageOf(Http.Response response, String field) {
        for (JsonNode error : response.json().get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error for " + field + " in " + response.body());
    }

    private static List<String> fields(Http.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
