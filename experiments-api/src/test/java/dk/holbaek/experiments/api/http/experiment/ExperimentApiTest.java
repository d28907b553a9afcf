package dk.holbaek.experiments.api.http.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

@ApiTest
class ExperimentApiTest {

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
    void registeringAnExperiment_answersWithItsLocationAndShowsItAsProposed() {
        Http.Response created = staff.post("/api/experiments", """
                {"title": "Digital dialog om kommuneplanen", "hypothesis": "Flere unge deltager digitalt",
                 "method": "DIGITAL_DIALOGUE", "role": "INITIATED",
                 "insightAreas": ["SERVICE_INNOVATION", "POLITICAL_DIRECTION"], "targetGroups": ["YOUNG_PEOPLE"]}
                """);

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).hasValue("/api/experiments/" + id);

        Http.Response detail = staff.get("/api/experiments/" + id);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.header("ETag")).hasValue("\"0\"");
        JsonNode experiment = detail.json();
        assertThat(experiment.get("title").asString()).isEqualTo("Digital dialog om kommuneplanen");
        assertThat(experiment.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(experiment.get("insightAreas").toString()).isEqualTo("[\"POLITICAL_DIRECTION\",\"SERVICE_INNOVATION\"]");
        assertThat(experiment.get("version").asLong()).isZero();
    }

    @Test
    void aWholeLifecycle_isReadBackAsStateAndAsHistoryInOrder() {
        String id = programme.runningExperiment("Borgerbudget i Tølløse");
        String activityId = programme.logActivity(id, "2014-03-18");
        String learningId = staff.post("/api/experiments/" + id + "/learnings", """
                {"criterion": "POLITICAL_LEADERSHIP", "insight": "Politikerne hørte familiernes ønsker",
                 "evidence": "Referat fra mødet", "knowledgeKinds": ["WISHES", "NEEDS"], "assessment": 2,
                 "activityId": "%s", "recordedOn": "2014-03-20"}
                """.formatted(activityId)).json().get("learningId").asString();
        Http.Response initiative = staff.post("/api/experiments/" + id + "/initiatives", """
                {"title": "Naturlegeplads", "initiator": "ASSOCIATION", "supportKinds": ["ADVICE", "PREMISES"],
                 "supportHours": 12.5, "fundingDkk": 15000, "status": "SUPPORTED", "recordedOn": "2014-05-02"}
                """);
        assertThat(initiative.status()).isEqualTo(201);
        assertThat(staff.post("/api/experiments/" + id + "/conclusion",
                "{\"concludedOn\": \"2014-11-30\", \"summary\": \"Budgettet blev brugt med stor opbakning\"}").status())
                .isEqualTo(200);

        Http.Response detail = staff.get("/api/experiments/" + id);
        JsonNode experiment = detail.json();
        assertThat(experiment.get("status").asString()).isEqualTo("CONCLUDED");
        assertThat(experiment.get("approvedOn").asString()).isEqualTo("2014-03-04");
        assertThat(experiment.get("budgetDkk").decimalValue()).isEqualByComparingTo("25000");
        assertThat(experiment.get("startedOn").asString()).isEqualTo("2014-03-10");
        assertThat(experiment.get("concludedOn").asString()).isEqualTo("2014-11-30");
        JsonNode activity = experiment.get("activities").get(0);
        assertThat(activity.get("activityId").asString()).isEqualTo(activityId);
        assertThat(activity.get("startsAt").asString()).isEqualTo("19:00");
        assertThat(activity.get("participants").get("total").asInt()).isEqualTo(85);
        assertThat(activity.get("participants").get("byGroup").get("YOUNG_PEOPLE").asInt()).isEqualTo(12);
        assertThat(activity.get("costs").get(0).get("amountDkk").decimalValue()).isEqualByComparingTo("4200.50");
        assertThat(experiment.get("learnings").get(0).get("learningId").asString()).isEqualTo(learningId);
        assertThat(experiment.get("learnings").get(0).get("knowledgeKinds").toString()).isEqualTo("[\"WISHES\",\"NEEDS\"]");
        assertThat(experiment.get("initiatives").get(0).get("supportHours").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(experiment.get("version").asLong()).isEqualTo(6);
        assertThat(detail.header("ETag")).hasValue("\"6\"");

        JsonNode history = staff.get("/api/experiments/" + id + "/history").json();
        assertThat(history.valueStream().map(event -> event.get("type").asString()).toList()).containsExactly(
                "ExperimentRegistered", "ExperimentApproved", "ExperimentStarted", "ActivityLogged", "LearningRecorded",
                "InitiativeRecorded", "ExperimentConcluded");
        assertThat(history.valueStream().map(event -> event.get("sequence").asLong()).toList())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(history.get(3).get("payload").get("title").asString()).isEqualTo("Borgermøde om budgettet");
        assertThat(history.get(0).get("occurredAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void aConclusion_judgesHowTheHypothesisFared_withAReason() {
        String id = programme.runningExperiment("Borgerbudget i Vipperød");

        Http.Response unexplained = staff.post("/api/experiments/" + id + "/conclusion",
                "{\"concludedOn\": \"2014-06-30\", \"summary\": \"Afsluttet\", \"hypothesisOutcome\": \"HELD\"}");
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.json().get("detail").asString()).isEqualTo("Et felt skal rettes: hypothesisReason må ikke være tom.");
        Http.Response judged = staff.post("/api/experiments/" + id + "/conclusion", """
                {"concludedOn": "2014-06-30", "summary": "Afsluttet", "hypothesisOutcome": "PARTLY_HELD",
                 "hypothesisReason": "Familierne deltog, de unge gjorde ikke"}""");

        assertThat(judged.status()).isEqualTo(200);
        JsonNode detail = staff.get("/api/experiments/" + id).json();
        assertThat(detail.get("hypothesisOutcome").asString()).isEqualTo("PARTLY_HELD");
        assertThat(detail.get("hypothesisReason").asString()).isEqualTo("Familierne deltog, de unge gjorde ikke");
        assertThat(staff.post("/api/experiments/" + id + "/conclusion/correction", """
                {"concludedOn": "2014-06-30", "summary": "Afsluttet", "hypothesisOutcome": "NOT_HELD",
                 "hypothesisReason": "De unge kom ikke", "reason": "Styregruppen vurderede igen"}""").status()).isEqualTo(200);
        assertThat(staff.get("/api/experiments/" + id).json().get("hypothesisOutcome").asString()).isEqualTo("NOT_HELD");
    }

    @Test
    void anActivityLoggedAfterTheExperimentConcluded_isAcceptedWhenItHappenedWithinItsLife() {
        String id = programme.runningExperiment("Udvalgsmøde i Jyderup");
        staff.post("/api/experiments/" + id + "/conclusion", "{\"concludedOn\": \"2014-06-30\", \"summary\": \"Afsluttet\"}");

        assertThat(staff.post("/api/experiments/" + id + "/activities", Programme.activity("2014-06-30")).status()).isEqualTo(201);
        Http.Response tooLate = staff.post("/api/experiments/" + id + "/activities", Programme.activity("2014-07-01"));
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.json().get("detail").asString())
                .isEqualTo("En aktivitet den 1. juli 2014 ligger efter eksperimentets afslutning (30. juni 2014).");
    }

    @Test
    void nothingIsAddedToACancelledExperiment() {
        String id = programme.runningExperiment("Ekskursion til Roskilde");
        assertThat(staff.post("/api/experiments/" + id + "/cancellation",
                "{\"cancelledOn\": \"2014-04-01\", \"reason\": \"Bussen blev aflyst\"}").status()).isEqualTo(200);

        Http.Response refused = staff.post("/api/experiments/" + id + "/activities", Programme.activity("2014-03-20"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).isEqualTo("En aktivitet kan ikke føjes til et aflyst eksperiment.");
        assertThat(refused.json().get("rule").asString()).isEqualTo("experiment.nothing-added-when-cancelled");
        assertThat(programme.historyLength(id)).isEqualTo(4);
    }

    @Test
    void anUnknownExperiment_isNotFoundForReadsAndCommands() {
        assertThat(staff.get("/api/experiments/no-such-id").status()).isEqualTo(404);
        assertThat(staff.get("/api/experiments/no-such-id/history").status()).isEqualTo(404);
        Http.Response command = staff.post("/api/experiments/no-such-id/start", "{\"startedOn\": \"2014-03-10\"}");
        assertThat(command.status()).isEqualTo(404);
        assertThat(command.json().get("detail").asString()).isEqualTo("Der er intet registreret under id'et no-such-id.");
    }

    @Test
    void aLoggedActivity_canBeReadAtItsLocation() {
        String id = programme.runningExperiment("Borgermøde i Svinninge");
        Http.Response created = staff.post("/api/experiments/" + id + "/activities", Programme.activity("2014-03-18"));
        String location = created.header("Location").orElseThrow();

        Http.Response activity = staff.get(location);

        assertThat(activity.status()).isEqualTo(200);
        assertThat(activity.json().get("activityId").asString()).isEqualTo(created.json().get("activityId").asString());
    }
}
