package dk.holbaek.experiments.api.http.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.bson.Document;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.query.programme.MongoRows;
import dk.holbaek.experiments.query.programme.Programme;
import tools.jackson.databind.JsonNode;

/**
 * A small programme recorded over HTTP in three sittings (end of April 2014, end of October 2014, end of June
 * 2015), checked figure by figure: live, as of two past dates, after a rebuild, and after the projection lost its
 * place (as in a crash between writing the rows and storing its token) and saw the later events again. Its own
 * database, so that the figures are exact. The programme is recorded once for all tests; the two that disturb the
 * views (a lost place, an earlier layout) wait until the views are as before, so the tests hold in any order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.application.name=views-test")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewsApiTest {

    private static final String ACTIVITY_A1 = """
            {"title": "Borgermøde om budgettet", "kind": "MEETING", "occurredOn": "2014-04-05", "channel": "PHYSICAL",
             "startsAt": "10:00", "participants": {"total": 100, "byGroup": {"FAMILIES_WITH_CHILDREN": 30, "YOUNG_PEOPLE": 10},
             "businesses": 5}, "councilMembersPresent": 3, "staffPresent": 4, "departments": ["Økonomi", "Kultur og Fritid"],
             "costs": [{"category": "CATERING", "amountDkk": 1000.50}, {"category": "SPEAKERS", "amountDkk": 2000}],
             "feedback": {"respondents": 40, "foundMeaningful": 30}}""";
    private static final String ACTIVITY_B1 = """
            {"title": "Online debat", "kind": "ONLINE_DEBATE", "occurredOn": "2014-09-15", "channel": "DIGITAL",
             "participants": {"total": 600, "byGroup": {"YOUNG_PEOPLE": 140, "NON_DANISH_BACKGROUND": 20}, "businesses": 12},
             "councilMembersPresent": 7, "staffPresent": 3, "departments": ["Plan og Byg"],
             "costs": [{"category": "IT_SUPPORT", "amountDkk": 28500}], "feedback": {"respondents": 200, "foundMeaningful": 150}}""";
    private static final String ACTIVITY_A2 = """
            {"title": "Aftenmøde", "kind": "MEETING", "occurredOn": "2015-02-10", "channel": "PHYSICAL", "startsAt": "19:00",
             "participants": {"total": 50, "byGroup": {"FAMILIES_WITH_CHILDREN": 5, "SENIORS": 20}}, "staffPresent": 2,
             "departments": ["Kultur og Fritid"], "costs": [{"category": "CATERING", "amountDkk": 499.50}]}""";

    private static final List<String> VIEWS = List.of("/api/views/progress", "/api/views/criteria/political-leadership",
            "/api/views/criteria/broad-involvement", "/api/views/criteria/administration-collaboration",
            "/api/views/criteria/municipality-as-partner");

    @LocalServerPort
    int port;

    @Autowired
    MongoRows rows;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    EventStore eventStore;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationContext context;

    private Http staff;
    private Http analyst;
    private String lastEventRecordedAt;

    @BeforeAll
    void recordTheProgrammeInThreeSittings() {
        staff = Http.as(port, "staff");
        analyst = Http.as(port, "analyst");
        try {
            recordingAt("2014-04-30T10:00:00Z");
            String a = created(staff.post("/api/experiments", experiment("Borgerbudget i Tølløse")), "id");
            ok(staff.post("/api/experiments/" + a + "/approval", "{\"approvedOn\": \"2014-03-04\", \"budgetDkk\": 25000}"));
            ok(staff.post("/api/experiments/" + a + "/start", "{\"startedOn\": \"2014-03-10\"}"));
            created(staff.post("/api/experiments/" + a + "/activities", ACTIVITY_A1), "activityId");
            created(staff.post("/api/council-involvements",
                    "{\"occurredOn\": \"2014-04-23\", \"form\": \"THEME_MEETING\", \"topic\": \"Temamøde\"}"), "id");
            created(staff.post("/api/experiments/" + a + "/learnings", """
                    {"criterion": "POLITICAL_LEADERSHIP", "insight": "Familiernes ønsker", "knowledgeKinds": ["WISHES", "NEEDS"],
                     "assessment": 2, "recordedOn": "2014-04-28"}"""), "learningId");

            recordingAt("2014-10-31T10:00:00Z");
            String b = created(staff.post("/api/experiments", experiment("Digital dialog")), "id");
            ok(staff.post("/api/experiments/" + b + "/approval", "{\"approvedOn\": \"2014-08-20\"}"));
            ok(staff.post("/api/experiments/" + b + "/start", "{\"startedOn\": \"2014-09-01\"}"));
            created(staff.post("/api/experiments/" + b + "/activities", ACTIVITY_B1), "activityId");
            created(staff.post("/api/council-involvements", """
                    {"occurredOn": "2014-06-18", "form": "COUNCIL_MEETING", "topic": "Forslag om dialogen med lokalområderne",
                     "localAreaDialogueProposal": true}"""), "id");
            created(staff.post("/api/experiments/" + a + "/initiatives", """
                    {"title": "Naturlegeplads", "initiator": "ASSOCIATION", "supportKinds": ["ADVICE"], "supportHours": 12.5,
                     "fundingDkk": 15000, "status": "REALISED", "recordedOn": "2014-10-01"}"""), "initiativeId");
            created(staff.post("/api/experiments/" + b + "/learnings", """
                    {"criterion": "BROAD_INVOLVEMENT", "insight": "Svartiderne var for lange", "assessment": -1,
                     "recordedOn": "2014-10-20"}"""), "learningId");

            recordingAt("2015-06-30T10:00:00Z");
            created(staff.post("/api/experiments/" + a + "/activities", ACTIVITY_A2), "activityId");
            ok(staff.post("/api/experiments/" + a + "/conclusion", "{\"concludedOn\": \"2015-06-30\", \"summary\": \"Godt\"}"));
            String c = created(staff.post("/api/experiments", experiment("Ekskursion")), "id");
            ok(staff.post("/api/experiments/" + c + "/cancellation", "{\"cancelledOn\": \"2015-05-01\", \"reason\": \"Aflyst\"}"));
            created(staff.post("/api/council-involvements",
                    "{\"occurredOn\": \"2015-05-27\", \"form\": \"THEME_MEETING\", \"topic\": \"Temamøde\"}"), "id");
            created(staff.post("/api/experiments/" + a + "/learnings", """
                    {"criterion": "ADMINISTRATION_COLLABORATION", "insight": "Forvaltningen samarbejdede", "assessment": 1,
                     "recordedOn": "2015-06-30"}"""), "learningId");
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
        await("the live views to show every event").atMost(Duration.ofSeconds(30))
                .until(() -> staff.get("/api/experiments").json().size() == 3
                        && live("/api/views/progress").get("activities").asInt() == 3
                        && rows.programme().learnings().size() == 3
                        && rows.programme().councilInvolvements().size() == 3
                        && "CONCLUDED".equals(statusOf("Borgerbudget i Tølløse")));
    }

    @AfterAll
    void restoreTheClock() {
        GenericEventMessage.clock = Clock.systemUTC();
    }

    @Test
    void progress_live() {
        JsonNode progress = live("/api/views/progress");

        assertThat(progress.get("experimentsByStatus").toString())
                .isEqualTo("{\"PROPOSED\":0,\"APPROVED\":0,\"RUNNING\":1,\"CONCLUDED\":1,\"CANCELLED\":1}");
        assertThat(progress.get("activities").asInt()).isEqualTo(3);
        assertThat(progress.get("participants").asInt()).isEqualTo(750);
        assertThat(progress.get("costsDkk").get("total").decimalValue()).isEqualByComparingTo("32000.00");
        assertThat(progress.get("costsDkk").get("byCategory").get("CATERING").decimalValue()).isEqualByComparingTo("1500.00");
        assertThat(progress.get("costsDkk").get("byCategory").get("IT_SUPPORT").decimalValue()).isEqualByComparingTo("28500");
        assertThat(progress.get("councilInvolvementsByYear").toString()).isEqualTo("{\"2014\":2,\"2015\":1}");
        assertThat(progress.get("councilRuleMet").asBoolean()).isFalse();
        assertThat(progress.get("activitiesByYear").toString()).isEqualTo("{\"2014\":2,\"2015\":1}");
        assertThat(progress.get("mandateRules").get(1).get("metOn").asString()).isEqualTo("2014-04-05");
        assertThat(progress.get("mandateRules").get(2).get("met").asBoolean()).isTrue();
        assertThat(progress.get("mandateRules").get(2).get("metOn").asString()).isEqualTo("2014-06-18");
    }

    @Test
    void criteria_live() {
        JsonNode political = live("/api/views/criteria/political-leadership");
        assertThat(political.get("activitiesWithCouncilMembers").asInt()).isEqualTo(2);
        assertThat(political.get("councilMemberAttendances").asInt()).isEqualTo(10);
        assertThat(political.get("insightsByKind").toString())
                .isEqualTo("{\"ATTITUDES\":0,\"MOTIVES\":0,\"EXPERIENCES\":0,\"WISHES\":1,\"NEEDS\":1}");
        assertThat(political.get("learnings").get(0).get("insight").asString()).isEqualTo("Familiernes ønsker");
        assertThat(political.get("learnings").get(0).get("assessment").asInt()).isEqualTo(2);
        assertThat(political.get("experiments").size()).isEqualTo(3);
        assertThat(political.get("experiments").get(0).toString()).contains("\"title\":\"Borgerbudget i Tølløse\"",
                "\"activitiesWithCouncilMembers\":1", "\"councilMemberAttendances\":3", "\"learnings\":1");

        JsonNode broad = live("/api/views/criteria/broad-involvement");
        assertThat(broad.get("participants").asInt()).isEqualTo(750);
        assertThat(broad.get("participantsByGroup").get("YOUNG_PEOPLE").asInt()).isEqualTo(150);
        assertThat(broad.get("participantsByGroup").get("FAMILIES_WITH_CHILDREN").asInt()).isEqualTo(35);
        assertThat(broad.get("participantsByGroup").get("SENIORS").asInt()).isEqualTo(20);
        assertThat(broad.get("businesses").asInt()).isEqualTo(17);
        assertThat(broad.get("respondents").asInt()).isEqualTo(240);
        assertThat(broad.get("foundMeaningful").asInt()).isEqualTo(180);
        assertThat(broad.get("meaningfulShare").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(broad.get("rarelyHeard").get("FAMILIES_WITH_CHILDREN").toString())
                .isEqualTo("{\"participants\":35,\"notInTheEvening\":30,\"startTimeNotNoted\":0}");
        assertThat(broad.get("learnings").get(0).get("assessment").asInt()).isEqualTo(-1);
        assertThat(broad.get("experiments").get(1).toString()).contains("\"title\":\"Digital dialog\"",
                "\"participants\":600", "\"respondents\":200", "\"foundMeaningful\":150", "\"meaningfulShare\":0.75",
                "\"learnings\":1");
        assertThat(broad.get("experiments").get(2).get("meaningfulShare").isNull()).as("no feedback, no share").isTrue();

        JsonNode administration = live("/api/views/criteria/administration-collaboration");
        assertThat(administration.get("staffAttendances").asInt()).isEqualTo(9);
        assertThat(administration.get("departments").toString()).isEqualTo("[\"Kultur og Fritid\",\"Plan og Byg\",\"Økonomi\"]");
        assertThat(administration.get("learnings").size()).isEqualTo(1);
        assertThat(administration.get("experiments").get(0).toString()).contains("\"staffAttendances\":6",
                "\"departments\":[\"Kultur og Fritid\",\"Økonomi\"]");

        JsonNode partner = live("/api/views/criteria/municipality-as-partner");
        assertThat(partner.get("initiatives").asInt()).isEqualTo(1);
        assertThat(partner.get("initiativesByStatus").toString()).isEqualTo("{\"SUPPORTED\":0,\"REALISED\":1,\"STOPPED\":0}");
        assertThat(partner.get("supportHours").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(partner.get("fundingDkk").decimalValue()).isEqualByComparingTo("15000");
        assertThat(partner.get("learnings").size()).isZero();
        assertThat(partner.get("experiments").get(0).toString()).contains("\"initiatives\":1", "\"supportHours\":12.5");
    }

    @Test
    void asOfTheEndOfApril2014_showsWhatWasRecordedByThen() {
        JsonNode progress = analyst.get("/api/views/progress?asOf=2014-04-30").json();

        assertThat(progress.get("activities").asInt()).isEqualTo(1);
        assertThat(progress.get("participants").asInt()).isEqualTo(100);
        assertThat(progress.get("costsDkk").get("total").decimalValue()).isEqualByComparingTo("3000.50");
        assertThat(progress.get("experimentsByStatus").get("RUNNING").asInt()).isEqualTo(1);
        assertThat(progress.get("councilInvolvementsByYear").toString()).isEqualTo("{\"2014\":1}");
        assertThat(progress.get("councilRuleMet").asBoolean()).as("2014 had one involvement so far").isFalse();
        assertThat(progress.get("mandateRules").get(2).get("met").asBoolean()).isFalse();
        JsonNode broad = analyst.get("/api/views/criteria/broad-involvement?asOf=2014-04-30").json();
        assertThat(broad.get("meaningfulShare").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(broad.get("learnings").size()).isZero();
    }

    @Test
    void asOfTheEndOf2014_countsTheLateRecordedCouncilMeetingInTheYearItHappened() {
        JsonNode progress = analyst.get("/api/views/progress?asOf=2014-12-31").json();

        assertThat(progress.get("activities").asInt()).isEqualTo(2);
        assertThat(progress.get("participants").asInt()).isEqualTo(700);
        assertThat(progress.get("councilInvolvementsByYear").toString()).isEqualTo("{\"2014\":2}");
        assertThat(progress.get("councilRuleMet").asBoolean()).isTrue();
        assertThat(progress.get("mandateRules").get(2).get("metOn").asString()).isEqualTo("2014-06-18");
        assertThat(analyst.get("/api/views/criteria/municipality-as-partner?asOf=2014-12-31").json()
                .get("initiatives").asInt()).isEqualTo(1);
        assertThat(analyst.get("/api/views/progress?asOf=2014-10-31T10:00:00Z").json().get("activities").asInt())
                .as("an instant includes what was recorded at that instant").isEqualTo(2);
        assertThat(analyst.get("/api/views/progress?asOf=2014-10-31T09:59:59Z").json().get("activities").asInt())
                .isEqualTo(1);
    }

    @Test
    void asOfAfterTheLastEvent_equalsTheLiveView() {
        for (String view : VIEWS) {
            assertThat(analyst.get(view + "?asOf=" + lastEventRecordedAt).body()).as(view)
                    .isEqualTo(analyst.get(view).body());
        }
    }

    @Test
    void asOfIsForAnalystsAndMustBeADateOrAnInstant() {
        Http.Response steering = Http.as(port, "steering").get("/api/views/progress?asOf=2014-12-31");
        assertThat(steering.status()).isEqualTo(403);
        assertThat(steering.contentType()).startsWith("application/problem+json");
        assertThat(Http.as(port, "steering").get("/api/views/progress").status()).isEqualTo(200);

        Http.Response malformed = analyst.get("/api/views/progress?asOf=31-12-2014");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("asOf");
    }

    @Test
    void theListOfExperiments_comesFromTheReadModel() {
        JsonNode list = staff.get("/api/experiments").json();

        assertThat(list.valueStream().map(row -> row.get("title").asString()).toList())
                .containsExactly("Borgerbudget i Tølløse", "Digital dialog", "Ekskursion");
        assertThat(list.get(0).get("activityCount").asInt()).isEqualTo(2);
        assertThat(list.get(0).get("participants").asInt()).isEqualTo(150);
        assertThat(list.get(2).get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void aProjectionThatLostItsPlaceAndSawEventsAgain_equalsTheLiveViewsAndAFullRebuild() {
        Programme before = rows.programme();
        List<String> viewsBefore = VIEWS.stream().map(view -> live(view).toString()).toList();
        TrackingEventProcessor processor = processing
                .eventProcessor("programme-views", TrackingEventProcessor.class).orElseThrow();

        processor.shutDown();
        // A crash in the middle of a batch: the token is still before the October sitting, and of the rows that
        // sitting and the next one wrote, one never reached the database.
        tokenStore.storeToken(eventStore.createTokenAt(Instant.parse("2014-06-01T00:00:00Z")), processor.getName(), 0);
        mongo.updateMulti(new Query(), new Update().pull("activities", new Document("title", "Aftenmøde")),
                liveCollection("view_experiment_rows"));
        assertThat(rows.programme().activities()).hasSize(2);
        processor.start();
        await("the projection to take up its work").atMost(Duration.ofSeconds(30))
                .until(() -> !processor.processingStatus().isEmpty());
        processor.shutDown();
        processor.start();
        await("the projection to catch up again").atMost(Duration.ofSeconds(30)).until(() -> caughtUp(processor));
        assertThat(rows.programme()).isEqualTo(before);

        Http.Response started = Http.as(port, "admin").post("/api/admin/projections/rebuild", "");
        assertThat(started.status()).isEqualTo(202);
        String location = started.header("Location").orElseThrow();
        await("the rebuild to finish").atMost(Duration.ofSeconds(30))
                .until(() -> Http.as(port, "admin").get(location).json().get("finished").asBoolean());
        JsonNode status = Http.as(port, "admin").get(location).json();
        assertThat(status.get("eventsDone").asLong()).isEqualTo(status.get("eventsTotal").asLong()).isPositive();
        assertThat(rows.programme()).isEqualTo(before);
        assertThat(VIEWS.stream().map(view -> live(view).toString()).toList()).isEqualTo(viewsBefore);
        assertThat(Http.as(port, "staff").post("/api/admin/projections/rebuild", "").status()).isEqualTo(403);
    }

    @Test
    void viewsStoredInTheEarlierLayout_areRebuiltWhenTheServiceStarts() {
        Programme before = rows.programme();
        List<String> viewsBefore = VIEWS.stream().map(view -> live(view).toString()).toList();
        // The earlier layout: a document per activity in view_activities, none of the current buckets.
        mongo.dropCollection(liveCollection("view_experiment_rows"));
        mongo.getCollection("view_activities").insertOne(new Document("_id", "an activity of the earlier layout"));
        assertThat(rows.programme().activities()).as("what the current code reads of it").isEmpty();

        context.publishEvent(new ContextRefreshedEvent(context));

        await("the views to be rebuilt").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(rows.programme()).isEqualTo(before));
        assertThat(mongo.collectionExists("view_activities")).as("the earlier layout is gone").isFalse();
        await("the processor to catch up").atMost(Duration.ofSeconds(30)).until(() -> caughtUp(processing
                .eventProcessor("programme-views", TrackingEventProcessor.class).orElseThrow()));
        assertThat(VIEWS.stream().map(view -> live(view).toString()).toList()).isEqualTo(viewsBefore);
    }

    @Test
    void viewsWrittenBeforeTheirLayoutWasNoted_areRebuiltWhenTheServiceStarts() {
        Programme before = rows.programme();
        Document live = mongo.getCollection("view_generation").find(new Document("_id", "live")).first();
        assertThat(live.getInteger("layout")).as("a running service notes its rows' layout").isEqualTo(5);
        mongo.getCollection("view_generation").updateOne(new Document("_id", "live"),
                new Document("$unset", new Document("layout", "")));

        context.publishEvent(new ContextRefreshedEvent(context));

        await("the views to be rebuilt into a new set").atMost(Duration.ofSeconds(30)).until(() -> {
            Document now = mongo.getCollection("view_generation").find(new Document("_id", "live")).first();
            return now.getInteger("layout") != null && !now.getString("suffix").equals(live.getString("suffix"));
        });
        await("the same rows").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(rows.programme()).isEqualTo(before));
    }

    @Test
    void openData_countsOnlyWithACodebookForEveryColumn() {
        Http.Response totals = analyst.get("/api/exports/totals.csv");
        assertThat(totals.status()).isEqualTo(200);
        assertThat(totals.contentType()).startsWith("text/csv");
        assertThat(totals.body().lines()).contains("participants,,750", "costs_dkk,TOTAL,32000.00",
                "council_involvements_by_year,2014,2", "meaningful_share,,0.7500", "participants_by_group,YOUNG_PEOPLE,150",
                "initiatives_by_status,REALISED,1", "learnings_by_criterion,POLITICAL_LEADERSHIP,1");
        assertThat(analyst.get("/api/exports/totals.csv?asOf=2014-04-30").body().lines()).contains("participants,,100");

        Http.Response broad = analyst.get("/api/exports/broad-involvement.csv");
        assertThat(broad.body().lines().toList()).as("a byte order mark first, for Excel").first()
                .isEqualTo("\uFEFFexperiment_id,experiment_title,participants,respondents,found_meaningful,meaningful_share,learnings");
        assertThat(broad.body()).contains(",Digital dialog,600,200,150,0.7500,1\r\n");
        assertThat(analyst.get("/api/exports/administration-collaboration.csv").body())
                .contains(",Borgerbudget i Tølløse,6,Kultur og Fritid;Økonomi,1\r\n");

        String codebook = analyst.get("/api/exports/codebook.md").body();
        for (String file : List.of("totals", "political-leadership", "broad-involvement", "administration-collaboration",
                "municipality-as-partner")) {
            List<String> lines = analyst.get("/api/exports/" + file + ".csv").body().lines().toList();
            for (String column : lines.get(0).replace("\uFEFF", "").split(",")) {
                assertThat(codebook).as(file + " column " + column).contains("`" + column + "`");
            }
            if (file.equals("totals")) {
                lines.stream().skip(1).map(line -> line.substring(0, line.indexOf(',')))
                        .forEach(figure -> assertThat(codebook).as("figure " + figure).contains("`" + figure + "`"));
            }
        }
        assertThat(Http.as(port, "steering").get("/api/exports/totals.csv").status()).isEqualTo(403);
        assertThat(analyst.get("/api/exports/nothing.csv").status()).isEqualTo(404);
    }

    private static boolean caughtUp(TrackingEventProcessor processor) {
        return !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp);
    }

    private void recordingAt(String instant) {
        GenericEventMessage.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
        lastEventRecordedAt = instant;
    }

    private JsonNode live(String path) {
        Http.Response response = Http.as(port, "steering").get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private String statusOf(String title) {
        return staff.get("/api/experiments").json().valueStream()
                .filter(row -> row.get("title").asString().equals(title))
                .map(row -> row.get("status").asString()).findFirst().orElse("");
    }

    private static String experiment(String title) {
        return """
                {"title": "%s", "hypothesis": "H", "method": "LOCAL_DEBATE", "role": "INITIATED",
                 "insightAreas": ["POLITICAL_DIRECTION"]}""".formatted(title);
    }

    private static String created(Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get(field).asString();
    }

    private static void ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    /** The read model's live set of collections alternates with each rebuild (docs/views.md). */
    private String liveCollection(String name) {
        return mongo.collectionExists(name + "_b") ? name + "_b" : name;
    }
}
