package dk.holbaek.experiments.api.ops.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;

/**
 * The event import is the same gate as the commands: only the programme's own event types and revisions, each
 * payload by its command's rules, unique event ids, timestamps from the programme's start up to now; a file with any
 * bad line is refused whole, naming at most 100 lines, and nothing is stored. A service of its own, with an empty
 * store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "experiments.test.context=import-gate")
@ActiveProfiles("test")
@DirtiesContext
class ImportGateApiTest {

    private static final String EXPERIMENT = "dk.holbaek.experiments.core.experiment.api.";
    private static final String COUNCIL = "dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded";

    @LocalServerPort
    int port;

    private static String line(String type, String revision, String aggregateType, String aggregateId, long sequence,
                               String eventId, String timestamp, String payload) {
        return """
                {"type":"%s","revision":"%s","aggregateType":"%s","aggregateId":"%s","sequence":%d,"eventId":"%s",\
                "timestamp":"%s","payload":%s,"metadata":{}}""".formatted(type, revision, aggregateType, aggregateId,
                sequence, eventId, timestamp, payload);
    }

    private static String registered(String id, String eventId, String timestamp) {
        return line(EXPERIMENT + "ExperimentRegistered", "1", "Experiment", id, 0, eventId, timestamp, """
                {"experimentId":"%s","title":"Borgerbudget","hypothesis":"Borgerne prioriterer","method":"PARTICIPATORY_BUDGET",\
                "role":"INITIATED","insightAreas":["LOCAL_INITIATIVE"],"targetGroups":[],"localArea":null,\
                "plannedStart":null,"plannedEnd":null,"owner":null}""".formatted(id));
    }

    private static String activity(String id, long sequence, String eventId, String occurredOn, String total) {
        return line(EXPERIMENT + "ActivityLogged", "1", "Experiment", id, sequence, eventId, "2014-03-20T10:00:00Z", """
                {"experimentId":"%s","activityId":"a-%s","title":"Borgermøde","kind":"MEETING","occurredOn":"%s",\
                "channel":"PHYSICAL","startsAt":"19:00","durationMinutes":120,"localArea":null,\
                "participants":{"total":%s,"byGroup":{},"businesses":null,"organisations":null},\
                "councilMembersPresent":0,"staffPresent":0,"departments":[],"costs":[],"feedback":null}"""
                .formatted(id, eventId, occurredOn, total));
    }

    private static List<String> validLog() {
        return List.of(registered("e-1", "ev-1", "2014-03-01T10:00:00Z"),
                line(EXPERIMENT + "ExperimentApproved", "1", "Experiment", "e-1", 1, "ev-2", "2014-03-04T10:00:00Z",
                        "{\"experimentId\":\"e-1\",\"approvedOn\":\"2014-03-04\",\"budgetDkk\":25000}"),
                line(EXPERIMENT + "ExperimentStarted", "1", "Experiment", "e-1", 2, "ev-3", "2014-03-10T10:00:00Z",
                        "{\"experimentId\":\"e-1\",\"startedOn\":\"2014-03-10\"}"),
                activity("e-1", 3, "ev-4", "2014-03-18", "85"));
    }

    @TestFactory
    Stream<DynamicTest> aFileWithOneBadLine_isRefusedWhole_namingTheLine_andNothingIsStored() {
        List<String[]> cases = List.of(
                new String[] {"a class of the class path as the event type", "unknown event type java.net.URL", line("java.net.URL", "1", "Experiment",
                        "e-1", 4, "ev-5", "2014-03-20T10:00:00Z", "{\"protocol\":\"http\",\"host\":\"example.org\"}")},
                new String[] {"an event id twice", "event id ev-4 appears twice", activity("e-1", 4, "ev-4", "2014-03-19", "10")},
                new String[] {"a timestamp in the year 9999999", "timestamp", line(EXPERIMENT + "ExperimentConcluded", "1",
                        "Experiment", "e-1", 4, "ev-5", "+9999999-01-01T00:00:00Z",
                        "{\"experimentId\":\"e-1\",\"concludedOn\":\"2014-12-01\",\"summary\":\"Slut\"}")},
                new String[] {"a timestamp before the programme", "lies before the programme's first day or in the future", line(EXPERIMENT + "ExperimentConcluded", "1",
                        "Experiment", "e-1", 4, "ev-5", "2013-12-31T12:00:00Z",
                        "{\"experimentId\":\"e-1\",\"concludedOn\":\"2014-12-01\",\"summary\":\"Slut\"}")},
                new String[] {"a revision no version had", "revision 7 cannot be imported", line(EXPERIMENT + "ExperimentConcluded", "7", "Experiment",
                        "e-1", 4, "ev-5", "2014-12-01T12:00:00Z",
                        "{\"experimentId\":\"e-1\",\"concludedOn\":\"2014-12-01\",\"summary\":\"Slut\"}")},
                new String[] {"a field the event does not have", "payload field x is not one of this event", line(EXPERIMENT + "ExperimentConcluded", "1",
                        "Experiment", "e-1", 4, "ev-5", "2014-12-01T12:00:00Z",
                        "{\"experimentId\":\"e-1\",\"concludedOn\":\"2014-12-01\",\"summary\":\"Slut\",\"x\":1}")},
                new String[] {"a count as a text", "payload field participants is not one of this event or not of its form", activity("e-1", 4, "ev-5", "2014-03-19", "\"85\"")},
                new String[] {"an activity in the year 999999999", "occurredOn must lie within the programme's period", activity("e-1", 4, "ev-5", "+999999999-12-31", "10")},
                new String[] {"two billion participants", "participants.total must be at most 100,000", activity("e-1", 4, "ev-5", "2014-03-19", "2000000000")},
                new String[] {"a sequence number skipped", "sequence 5 of e-1 should be 4", activity("e-1", 5, "ev-5", "2014-03-19", "10")},
                new String[] {"another aggregate's id in the payload", "aggregateId e-1 is not the id the payload names", line(EXPERIMENT + "ExperimentConcluded", "1",
                        "Experiment", "e-1", 4, "ev-5", "2014-12-01T12:00:00Z",
                        "{\"experimentId\":\"e-2\",\"concludedOn\":\"2014-12-01\",\"summary\":\"Slut\"}")},
                new String[] {"a council involvement naming an unknown experiment", "experimentIds[0] is not a registered experiment", line(COUNCIL, "2",
                        "CouncilInvolvement", "c-1", 0, "ev-5", "2014-04-24T10:00:00Z", """
                        {"involvementId":"c-1","occurredOn":"2014-04-23","form":"THEME_MEETING","topic":"Temamøde",\
                        "experimentIds":["e-9"],"localAreaDialogueProposal":false}""")},
                new String[] {"a field named twice", "Duplicate field 'summary'", line(EXPERIMENT + "ExperimentConcluded", "1", "Experiment", "e-1",
                        4, "ev-5", "2014-12-01T12:00:00Z", "{\"experimentId\":\"e-1\",\"concludedOn\":\"2014-12-01\","
                                + "\"summary\":\"Slut\",\"summary\":\"Igen\"}")},
                new String[] {"not JSON", "er ikke en hændelse i denne log", "{\"type\": "});
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] bad : cases) {
            tests.add(DynamicTest.dynamicTest(bad[0], () -> {
                List<String> lines = new ArrayList<>(validLog());
                lines.add(bad[2]);
                Http.Response refused = importing(lines);

                assertThat(refused.status()).as(refused.body()).isEqualTo(400);
                assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("line 5");
                assertThat(refused.json().get("errors").get(0).get("message").asString()).contains(bad[1]);
                assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at dk.");
                assertThat(export()).as("nothing stored").isEmpty();
            }));
        }
        return tests.stream();
    }

    @Test
    void aThousandBadLines_nameTheFirstHundred() {
        List<String> lines = new ArrayList<>(validLog());
        lines.addAll(Collections.nCopies(1000, "{\"type\":\"java.net.URL\"}"));

        Http.Response refused = importing(lines);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").size()).isEqualTo(100);
        assertThat(refused.json().get("errors").get(99).get("field").asString()).isEqualTo("line 104");
        assertThat(refused.body().length()).as("a short answer").isLessThan(20_000);
    }

    /** The only test that stores anything; the store is new again after it. */
    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void aValidFile_withACouncilInvolvementOfRevision1_isImportedUpcast() {
        List<String> lines = new ArrayList<>(validLog());
        lines.add(line(COUNCIL, "1", "CouncilInvolvement", "c-1", 0, "ev-5", "2014-04-24T10:00:00Z", """
                {"involvementId":"c-1","occurredOn":"2014-04-23","form":"THEME_MEETING","topic":"Temamøde",\
                "experimentIds":["e-1"]}"""));

        Http.Response imported = importing(lines);

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asLong()).isEqualTo(5);
        List<String> exported = export().lines().toList();
        assertThat(exported).hasSize(5);
        assertThat(exported.get(4)).contains("\"revision\":\"2\"", "\"localAreaDialogueProposal\":false");
    }

    private Http.Response importing(List<String> lines) {
        return Http.as(port, "admin").post("/api/admin/events/import", String.join("\n", lines), "Content-Type",
                "application/x-ndjson");
    }

    private String export() {
        return Http.as(port, "admin").get("/api/admin/events/export").body();
    }
}
