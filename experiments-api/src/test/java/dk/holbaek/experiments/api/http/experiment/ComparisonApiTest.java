package dk.holbaek.experiments.api.http.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/experiments/compare}: two to four experiments side by side, in the order asked. */
@ApiTest
class ComparisonApiTest {

    @LocalServerPort
    int port;

    @Test
    void twoExperiments_comeSideBySide_inTheOrderAsked_withFiguresComputedFromTheirActivities() {
        Http staff = Http.as(port, "staff");
        Programme programme = new Programme(staff);
        String quiet = programme.runningExperiment("Stille dialog i Svinninge");
        String busy = programme.runningExperiment("Borgermøde om skolerne i Tuse");
        programme.logActivity(busy, "2014-03-18");
        programme.logActivity(busy, "2014-03-19");
        programme.recordLearning(busy);

        Http.Response response = Http.as(port, "steering").get("/api/experiments/compare?ids=" + busy + "," + quiet);

        assertThat(response.status()).isEqualTo(200);
        JsonNode compared = response.json();
        assertThat(compared.size()).isEqualTo(2);
        JsonNode first = compared.get(0);
        assertThat(first.get("id").asString()).isEqualTo(busy);
        assertThat(compared.get(1).get("id").asString()).isEqualTo(quiet);
        // each of the two activities: 85 participants, 30 families and 12 young people, 4 200,50 kr. catering,
        // 31 of 40 found it meaningful, 3 council members, starting at 19:00
        assertThat(first.get("activities").asInt()).isEqualTo(2);
        assertThat(first.get("participants").asLong()).isEqualTo(170);
        assertThat(first.get("participantsByGroup").get("YOUNG_PEOPLE").asLong()).isEqualTo(24);
        assertThat(first.get("participantsByTimeOfDay").get("EVENING").asLong()).isEqualTo(170);
        assertThat(first.get("spentDkk").decimalValue()).isEqualByComparingTo("8401.00");
        assertThat(first.get("budgetDkk").decimalValue()).isEqualByComparingTo("25000");
        assertThat(first.get("costPerParticipantDkk").decimalValue()).isEqualByComparingTo("49.42");
        assertThat(first.get("rarelyHeardParticipants").asLong()).isEqualTo(84);
        assertThat(first.get("costPerRarelyHeardParticipantDkk").decimalValue()).isEqualByComparingTo("100.01");
        assertThat(first.get("meaningfulShare").decimalValue()).isEqualByComparingTo("0.775");
        assertThat(first.get("councilMemberAttendances").asLong()).isEqualTo(6);
        assertThat(first.get("learnings").asInt()).isEqualTo(1);
        JsonNode second = compared.get(1);
        assertThat(second.get("participants").asLong()).isZero();
        assertThat(second.get("costPerParticipantDkk").isNull()).as("no division by zero").isTrue();
        assertThat(second.get("meaningfulShare").isNull()).isTrue();
    }

    @Test
    void tooFewTooManyTwiceNamedOrUnknown_areRefused() {
        Http staff = Http.as(port, "staff");
        String one = new Programme(staff).registerExperiment("Et eksperiment");

        assertThat(staff.get("/api/experiments/compare?ids=" + one).status()).isEqualTo(400);
        assertThat(staff.get("/api/experiments/compare?ids=a,b,c,d,e").json().get("errors").get(0).get("field")
                .asString()).isEqualTo("ids");
        assertThat(staff.get("/api/experiments/compare?ids=" + one + "," + one).status()).isEqualTo(400);
        assertThat(staff.get("/api/experiments/compare?ids=" + one + ",no-such-experiment").status()).isEqualTo(404);
    }
}
