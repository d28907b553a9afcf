package dk.holbaek.experiments.api.http.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import tools.jackson.databind.JsonNode;

/**
 * A property of the views: whatever valid commands staff send, in whatever order and number, the views folded live
 * equal the views of a fresh rebuild from the log. Each seed records a different random programme through the API
 * (experiments in every state, activities with random counts and groups, learnings, initiatives, council
 * involvements, recommendations and adoptions, corrections and withdrawals), then compares every view before and after a
 * rebuild. A service of its own: it waits for its views' processor to reach the head of its log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "experiments.test.context=random")
@ActiveProfiles("test")
@DirtiesContext
class RandomProgrammeApiTest {

    private static final List<String> VIEWS = List.of("/api/views/progress", "/api/views/criteria/political-leadership",
            "/api/views/criteria/broad-involvement", "/api/views/criteria/administration-collaboration",
            "/api/views/criteria/municipality-as-partner", "/api/experiments");
    private static final List<String> GROUPS = List.of("FAMILIES_WITH_CHILDREN", "YOUNG_PEOPLE", "BUSINESS_OWNERS",
            "NON_DANISH_BACKGROUND", "SENIORS", "ASSOCIATIONS", "LOCAL_FORUMS", "USER_BOARDS", "OTHER_CITIZENS",
            "COUNCILS_AND_BOARDS");
    private static final List<String> CRITERIA = List.of("POLITICAL_LEADERSHIP", "BROAD_INVOLVEMENT",
            "ADMINISTRATION_COLLABORATION", "MUNICIPALITY_AS_PARTNER");

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    EventStore eventStore;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2014, 2015})
    void anyValidProgramme_liveViewsEqualAFreshRebuild(long seed) {
        Random random = new Random(seed);
        Http staff = Http.as(port, "staff");
        List<String> learnings = new ArrayList<>();
        List<String> experiments = new ArrayList<>();
        int commands = 0;
        for (int e = 0; e < 3 + random.nextInt(4); e++) {
            String id = created(staff.post("/api/experiments", """
                    {"title": "Forsøg %d-%d", "hypothesis": "Hypotese", "method": "%s", "role": "INITIATED",
                     "insightAreas": ["LOCAL_INITIATIVE"], "targetGroups": ["%s"]}"""
                    .formatted(seed, e, pick(random, List.of("LOCAL_DEBATE", "DIGITAL_DIALOGUE", "PARTICIPATORY_BUDGET")),
                            pick(random, GROUPS))), "id");
            experiments.add(id);
            commands++;
            int stage = random.nextInt(5);
            if (stage == 0) {
                continue;
            }
            ok(staff.post("/api/experiments/" + id + "/approval", "{\"approvedOn\": \"2014-02-01\", \"budgetDkk\": "
                    + random.nextInt(100_000) + "}"));
            if (stage == 1) {
                continue;
            }
            ok(staff.post("/api/experiments/" + id + "/start", "{\"startedOn\": \"2014-02-10\"}"));
            commands += 2;
            int learningsBefore = learnings.size();
            LocalDate day = LocalDate.of(2014, 2, 10);
            for (int a = 0; a < random.nextInt(8); a++) {
                day = day.plusDays(1 + random.nextInt(20));
                int total = random.nextInt(300);
                int young = total == 0 ? 0 : random.nextInt(total + 1);
                String activity = created(staff.post("/api/experiments/" + id + "/activities", """
                        {"title": "Møde %d", "kind": "MEETING", "occurredOn": "%s", "channel": "%s", "startsAt": "%s",
                         "participants": {"total": %d, "byGroup": {"YOUNG_PEOPLE": %d}, "businesses": %d},
                         "councilMembersPresent": %d, "staffPresent": %d, "departments": ["%s"],
                         "costs": [{"category": "CATERING", "amountDkk": %d.%02d}]%s}"""
                        .formatted(a, day, pick(random, List.of("PHYSICAL", "DIGITAL", "HYBRID")),
                                pick(random, List.of("10:00", "16:30", "19:00")), total, young, random.nextInt(5),
                                random.nextInt(4), random.nextInt(6), pick(random, List.of("Kultur", "Teknik", "Børn")),
                                random.nextInt(5000), random.nextInt(100), random.nextBoolean()
                                        ? ", \"feedback\": {\"respondents\": " + total + ", \"foundMeaningful\": "
                                        + random.nextInt(total + 1) + "}" : "")), "activityId");
                commands++;
                int fate = random.nextInt(6);
                if (fate == 0) {
                    ok(staff.post("/api/experiments/" + id + "/activities/" + activity + "/correction", """
                            {"title": "Rettet møde", "kind": "WORKSHOP", "occurredOn": "%s", "channel": "DIGITAL",
                             "participants": {"total": %d}, "reason": "Tastefejl"}""".formatted(day,
                            random.nextInt(300))));
                    commands++;
                } else if (fate == 1) {
                    ok(staff.post("/api/experiments/" + id + "/activities/" + activity + "/withdrawal",
                            "{\"reason\": \"Logget to gange\"}"));
                    commands++;
                    continue;
                }
                if (random.nextInt(3) == 0) {
                    learnings.add(created(staff.post("/api/experiments/" + id + "/learnings", """
                            {"criterion": "%s", "insight": "Indsigt", "assessment": %d, "activityId": "%s",
                             "recordedOn": "%s"}""".formatted(pick(random, CRITERIA), random.nextInt(5) - 2, activity,
                            day)), "learningId"));
                    commands++;
                }
            }
            if (random.nextBoolean()) {
                created(staff.post("/api/experiments/" + id + "/initiatives", """
                        {"title": "Initiativ", "initiator": "CITIZENS", "supportKinds": ["ADVICE"], "supportHours": %d,
                         "fundingDkk": %d, "status": "%s", "recordedOn": "%s"}""".formatted(random.nextInt(100),
                        random.nextInt(50_000), pick(random, List.of("SUPPORTED", "REALISED", "STOPPED")), day)),
                        "initiativeId");
                commands++;
            }
            if (stage == 2 && e > 0 && learnings.size() == learningsBefore && random.nextBoolean()) {
                ok(staff.post("/api/experiments/" + id + "/withdrawal", "{\"reason\": \"Registreret ved en fejl\"}"));
                experiments.remove(id);
                commands++;
                continue;
            }
            if (stage == 3) {
                ok(staff.post("/api/experiments/" + id + "/conclusion", "{\"concludedOn\": \"" + day.plusDays(1)
                        + "\", \"summary\": \"Afsluttet\"}"));
                commands++;
            } else if (stage == 4) {
                ok(staff.post("/api/experiments/" + id + "/cancellation", "{\"cancelledOn\": \"" + day.plusDays(1)
                        + "\", \"reason\": \"Stoppet\"}"));
                commands++;
            }
        }
        created(staff.post("/api/council-involvements", """
                {"occurredOn": "2014-0%d-15", "form": "THEME_MEETING", "topic": "Temamøde", "experimentIds": ["%s"]}"""
                .formatted(1 + random.nextInt(9), pick(random, experiments))), "id");
        if (!learnings.isEmpty()) {
            String recommendation = created(staff.post("/api/recommendations", """
                    {"title": "Anbefaling", "text": "Tekst", "basedOnLearnings": ["%s"]}""".formatted(
                    pick(random, learnings))), "id");
            if (random.nextBoolean()) {
                ok(staff.post("/api/recommendations/" + recommendation + "/adoption",
                        "{\"adoptedOn\": \"2015-06-01\", \"adoptedBy\": \"PROJECT_COMMITTEE\"}"));
            }
        }
        assertThat(commands).as("a programme of some size").isGreaterThan(3);

        Http admin = Http.as(port, "admin");
        await("the live views to fold every command").atMost(Duration.ofSeconds(30)).until(this::caughtUp);
        List<String> live = viewsNow(admin);

        Http.Response started = admin.post("/api/admin/projections/rebuild", "");
        String location = started.header("Location").orElseThrow();
        await("the rebuild to finish").atMost(Duration.ofSeconds(60))
                .until(() -> admin.get(location).json().get("finished").asBoolean());
        JsonNode status = admin.get(location).json();
        assertThat(status.get("eventsDone").asLong()).isEqualTo(status.get("eventsTotal").asLong());

        assertThat(viewsNow(admin)).isEqualTo(live);
    }

    /** The views' processor has folded the last event in the log. */
    private boolean caughtUp() {
        long head = eventStore.createHeadToken().position().orElse(-1);
        TrackingEventProcessor processor = processing.eventProcessor("programme-views", TrackingEventProcessor.class)
                .orElseThrow();
        return !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head);
    }

    private static List<String> viewsNow(Http admin) {
        return VIEWS.stream().map(view -> admin.get(view).body()).toList();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String created(Http.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get(field).asString();
    }

    private static void ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
