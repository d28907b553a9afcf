package dk.holbaek.experiments.api.http.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * Every write endpoint tried as a hostile client and a tired consultant would: absurd numbers, far dates, huge
 * bodies, odd Unicode, coerced types, repeated keys. Each request is refused with a 4xx problem that names the field,
 * no request answers 5xx, and nothing is appended to the log.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputApiTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Http staff;
    private String proposed;
    private String approved;
    private String running;
    private String learning;
    private String activity;
    private String recommendation;

    /** What a field holds, which decides what is tried against it. */
    enum Kind { SHORT_TEXT, OPTIONAL_SHORT_TEXT, LONG_TEXT, OPTIONAL_LONG_TEXT, HAPPENED_DATE, PLANNED_DATE, COUNT,
        REQUIRED_COUNT, AMOUNT, HOURS, ENUM, ENUM_LIST, ID_LIST, TEXT_LIST, TIME, MINUTES, ASSESSMENT, BOOLEAN }

    /** A field of a body: its placeholder in the template, its kind, a valid value and the name an error gives it. */
    record Field(String name, Kind kind, String valid, String reported) {
    }

    record Endpoint(String name, String path, String template, List<Field> fields) {

        String body(Map<String, String> values) {
            String body = template;
            for (Field field : fields) {
                body = body.replace("<" + field.name() + ">", values.getOrDefault(field.name(), field.valid()));
            }
            return body;
        }

        String valid() {
            return body(Map.of());
        }
    }

    @BeforeAll
    void recordAProgramme() {
        staff = Http.as(port, "staff");
        Programme programme = new Programme(staff);
        proposed = programme.registerExperiment("Forslag til borgerpanel");
        approved = programme.registerExperiment("Godkendt dialogforsøg");
        assertThat(staff.post("/api/experiments/" + approved + "/approval", "{\"approvedOn\": \"2014-03-04\"}").status())
                .isEqualTo(200);
        running = programme.runningExperiment("Lokal debat i Mørkøv");
        learning = programme.recordLearning(running);
        activity = programme.logActivity(running, "2014-03-18");
        Http.Response recorded = staff.post("/api/recommendations", """
                {"title": "Lokale debatter", "text": "Hold debatten lokalt", "basedOnLearnings": ["%s"]}"""
                .formatted(learning));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        recommendation = recorded.json().get("id").asString();
    }

    private List<Endpoint> endpoints() {
        String exp = "/api/experiments/";
        return List.of(
                new Endpoint("register", "/api/experiments", """
                        {"title": <title>, "hypothesis": <hypothesis>, "method": <method>, "role": "INITIATED",
                         "insightAreas": <insightAreas>, "targetGroups": <targetGroups>, "localArea": <localArea>,
                         "plannedStart": <plannedStart>, "plannedEnd": "2014-12-31", "owner": <owner>}""", List.of(
                        new Field("title", Kind.SHORT_TEXT, "\"Borgerpanel\"", "title"),
                        new Field("hypothesis", Kind.LONG_TEXT, "\"Et panel giver nye stemmer\"", "hypothesis"),
                        new Field("method", Kind.ENUM, "\"LOCAL_DEBATE\"", "method"),
                        new Field("insightAreas", Kind.ENUM_LIST, "[\"POLITICAL_DIRECTION\"]", "insightAreas"),
                        new Field("targetGroups", Kind.ENUM_LIST, "[\"YOUNG_PEOPLE\"]", "targetGroups"),
                        new Field("localArea", Kind.OPTIONAL_SHORT_TEXT, "\"Tølløse\"", "localArea"),
                        new Field("plannedStart", Kind.PLANNED_DATE, "\"2014-03-01\"", "plannedStart"),
                        new Field("owner", Kind.OPTIONAL_SHORT_TEXT, "\"Konsulent\"", "owner"))),
                new Endpoint("approval", exp + proposed + "/approval", """
                        {"approvedOn": <approvedOn>, "budgetDkk": <budgetDkk>}""", List.of(
                        new Field("approvedOn", Kind.HAPPENED_DATE, "\"2014-03-04\"", "approvedOn"),
                        new Field("budgetDkk", Kind.AMOUNT, "25000", "budgetDkk"))),
                new Endpoint("start", exp + approved + "/start", """
                        {"startedOn": <startedOn>}""", List.of(
                        new Field("startedOn", Kind.HAPPENED_DATE, "\"2014-03-10\"", "startedOn"))),
                new Endpoint("conclusion", exp + running + "/conclusion", """
                        {"concludedOn": <concludedOn>, "summary": <summary>}""", List.of(
                        new Field("concludedOn", Kind.HAPPENED_DATE, "\"2014-12-01\"", "concludedOn"),
                        new Field("summary", Kind.LONG_TEXT, "\"Det virkede\"", "summary"))),
                new Endpoint("cancellation", exp + running + "/cancellation", """
                        {"cancelledOn": <cancelledOn>, "reason": <reason>}""", List.of(
                        new Field("cancelledOn", Kind.HAPPENED_DATE, "\"2014-12-01\"", "cancelledOn"),
                        new Field("reason", Kind.LONG_TEXT, "\"Ingen deltagere\"", "reason"))),
                new Endpoint("activity", exp + running + "/activities", """
                        {"title": <title>, "kind": <kind>, "occurredOn": <occurredOn>, "channel": "PHYSICAL",
                         "startsAt": <startsAt>, "durationMinutes": <durationMinutes>, "localArea": "Tølløse",
                         "participants": {"total": <total>, "byGroup": {"YOUNG_PEOPLE": <youngPeople>},
                                          "businesses": <businesses>, "organisations": 3},
                         "councilMembersPresent": <councilMembersPresent>, "staffPresent": 4,
                         "departments": <departments>, "costs": [{"category": "CATERING", "amountDkk": <amountDkk>}],
                         "feedback": {"respondents": <respondents>, "foundMeaningful": 31}}""", List.of(
                        new Field("title", Kind.SHORT_TEXT, "\"Borgermøde\"", "title"),
                        new Field("kind", Kind.ENUM, "\"MEETING\"", "kind"),
                        new Field("occurredOn", Kind.HAPPENED_DATE, "\"2014-03-18\"", "occurredOn"),
                        new Field("startsAt", Kind.TIME, "\"19:00\"", "startsAt"),
                        new Field("durationMinutes", Kind.MINUTES, "120", "durationMinutes"),
                        new Field("total", Kind.REQUIRED_COUNT, "85", "participants.total"),
                        new Field("youngPeople", Kind.COUNT, "12", "participants.byGroup"),
                        new Field("businesses", Kind.COUNT, "4", "participants.businesses"),
                        new Field("councilMembersPresent", Kind.COUNT, "3", "councilMembersPresent"),
                        new Field("departments", Kind.TEXT_LIST, "[\"Kultur og Fritid\"]", "departments"),
                        new Field("amountDkk", Kind.AMOUNT, "4200.50", "costs[0].amountDkk"),
                        new Field("respondents", Kind.REQUIRED_COUNT, "40", "feedback.respondents"))),
                new Endpoint("activity correction", exp + running + "/activities/" + activity + "/correction", """
                        {"title": <title>, "kind": "MEETING", "occurredOn": <occurredOn>, "channel": "PHYSICAL",
                         "participants": {"total": <total>}, "reason": <reason>}""", List.of(
                        new Field("title", Kind.SHORT_TEXT, "\"Borgermøde\"", "title"),
                        new Field("occurredOn", Kind.HAPPENED_DATE, "\"2014-03-18\"", "occurredOn"),
                        new Field("total", Kind.REQUIRED_COUNT, "40", "participants.total"),
                        new Field("reason", Kind.LONG_TEXT, "\"Tastefejl\"", "reason"))),
                new Endpoint("withdrawal", exp + proposed + "/withdrawal", """
                        {"reason": <reason>}""", List.of(
                        new Field("reason", Kind.LONG_TEXT, "\"Registreret ved en fejl\"", "reason"))),
                new Endpoint("learning", exp + running + "/learnings", """
                        {"criterion": <criterion>, "insight": <insight>, "evidence": <evidence>,
                         "knowledgeKinds": <knowledgeKinds>, "assessment": <assessment>, "recordedOn": <recordedOn>}""",
                        List.of(
                        new Field("criterion", Kind.ENUM, "\"POLITICAL_LEADERSHIP\"", "criterion"),
                        new Field("insight", Kind.LONG_TEXT, "\"Politikerne lyttede\"", "insight"),
                        new Field("evidence", Kind.OPTIONAL_LONG_TEXT, "\"Referat\"", "evidence"),
                        new Field("knowledgeKinds", Kind.ENUM_LIST, "[\"WISHES\"]", "knowledgeKinds"),
                        new Field("assessment", Kind.ASSESSMENT, "1", "assessment"),
                        new Field("recordedOn", Kind.HAPPENED_DATE, "\"2014-04-01\"", "recordedOn"))),
                new Endpoint("initiative", exp + running + "/initiatives", """
                        {"title": <title>, "initiator": "CITIZENS", "supportKinds": <supportKinds>,
                         "supportHours": <supportHours>, "fundingDkk": <fundingDkk>, "status": "SUPPORTED",
                         "recordedOn": <recordedOn>}""", List.of(
                        new Field("title", Kind.SHORT_TEXT, "\"Madklub\"", "title"),
                        new Field("supportKinds", Kind.ENUM_LIST, "[\"ADVICE\"]", "supportKinds"),
                        new Field("supportHours", Kind.HOURS, "12.5", "supportHours"),
                        new Field("fundingDkk", Kind.AMOUNT, "5000", "fundingDkk"),
                        new Field("recordedOn", Kind.HAPPENED_DATE, "\"2014-05-01\"", "recordedOn"))),
                new Endpoint("council involvement", "/api/council-involvements", """
                        {"occurredOn": <occurredOn>, "form": <form>, "topic": <topic>, "experimentIds": <experimentIds>,
                         "localAreaDialogueProposal": <proposal>}""", List.of(
                        new Field("occurredOn", Kind.HAPPENED_DATE, "\"2014-04-23\"", "occurredOn"),
                        new Field("form", Kind.ENUM, "\"THEME_MEETING\"", "form"),
                        new Field("topic", Kind.SHORT_TEXT, "\"Temamøde\"", "topic"),
                        new Field("experimentIds", Kind.ID_LIST, "[\"" + running + "\"]", "experimentIds"),
                        new Field("proposal", Kind.BOOLEAN, "true", "localAreaDialogueProposal"))),
                new Endpoint("recommendation", "/api/recommendations", """
                        {"title": <title>, "text": <text>, "basedOnLearnings": <basedOnLearnings>}""", List.of(
                        new Field("title", Kind.SHORT_TEXT, "\"Lokale debatter\"", "title"),
                        new Field("text", Kind.LONG_TEXT, "\"Hold debatten lokalt\"", "text"),
                        new Field("basedOnLearnings", Kind.ID_LIST, "[\"" + learning + "\"]", "basedOnLearnings"))),
                new Endpoint("adoption", "/api/recommendations/" + recommendation + "/adoption", """
                        {"adoptedOn": <adoptedOn>, "adoptedBy": <adoptedBy>}""", List.of(
                        new Field("adoptedOn", Kind.HAPPENED_DATE, "\"2015-06-01\"", "adoptedOn"),
                        new Field("adoptedBy", Kind.ENUM, "\"PROJECT_COMMITTEE\"", "adoptedBy"))));
    }

    /** Raw JSON values to try against a field of each kind, with what each is. */
    private static Map<String, String> hostile(Kind kind) {
        Map<String, String> values = new LinkedHashMap<>();
        switch (kind) {
            case SHORT_TEXT, OPTIONAL_SHORT_TEXT, LONG_TEXT, OPTIONAL_LONG_TEXT -> {
                values.put("only non-breaking and ideographic spaces", "\"\\u00a0\\u3000\"");
                values.put("only zero-width spaces", "\"\\u200b\\u200b\"");
                values.put("a lone surrogate", "\"Møde \\ud800\"");
                values.put("a NUL byte", "\"Møde\\u0000\"");
                values.put("a bell", "\"Møde\\u0007\"");
                values.put("the replacement character", "\"M\\ufffdde\"");
                values.put("a number", "42");
                values.put("a boolean", "true");
                values.put("a list", "[\"Møde\"]");
                values.put("an object", "{\"da\": \"Møde\"}");
                boolean shortText = kind == Kind.SHORT_TEXT || kind == Kind.OPTIONAL_SHORT_TEXT;
                values.put("a text one character too long", "\"" + "x".repeat(shortText ? 201 : 5001) + "\"");
                if (shortText) {
                    values.put("a newline in one line", "\"Møde\\n# Overskrift\"");
                }
                if (kind == Kind.SHORT_TEXT || kind == Kind.LONG_TEXT) {
                    values.put("nothing", "null");
                    values.put("an empty text", "\"\"");
                }
            }
            case HAPPENED_DATE, PLANNED_DATE -> {
                values.put("the year 999999999", "\"+999999999-12-31\"");
                values.put("a date with a time", "\"2014-03-12T10:00:00\"");
                values.put("a date as an array", "[2014, 3, 12]");
                values.put("a date as a number", "20140312");
                values.put("a Danish date", "\"12-03-2014\"");
                values.put("a day that does not exist", "\"2014-02-30\"");
                values.put("the day before the programme", "\"2013-12-31\"");
                values.put("the day after the programme", "\"2017-01-01\"");
                values.put("the year 9999", "\"9999-12-31\"");
                values.put("an empty text", "\"\"");
                if (kind == Kind.HAPPENED_DATE) {
                    values.put("nothing", "null");
                }
            }
            case COUNT, REQUIRED_COUNT, MINUTES, ASSESSMENT -> {
                values.put("a count as a text", "\"1\"");
                values.put("a fraction", "1.5");
                values.put("beyond the largest int", "2147483648");
                values.put("1e999", "1e999");
                values.put("a negative count", kind == Kind.ASSESSMENT ? "-3" : "-1");
                values.put("a boolean", "true");
                values.put("a list", "[1]");
                values.put("above the limit", kind == Kind.MINUTES ? "10081" : kind == Kind.ASSESSMENT ? "3" : "100001");
                values.put("the largest int", "2147483647");
                if (kind == Kind.REQUIRED_COUNT || kind == Kind.ASSESSMENT) {
                    values.put("nothing", "null");
                }
            }
            case AMOUNT, HOURS -> {
                values.put("an amount as a text", "\"1000\"");
                values.put("1e999999999", "1e999999999");
                values.put("1e-999999999", "1e-999999999");
                values.put("a negative amount", "-1");
                values.put("thousandths", "0.001");
                values.put("above the limit", kind == Kind.AMOUNT ? "100000000.01" : "100000.01");
                values.put("a boolean", "true");
            }
            case ENUM -> {
                values.put("an enum as a number", "0");
                values.put("an unknown value", "\"NOPE\"");
                values.put("a value in lower case", "\"meeting\"");
                values.put("an empty text", "\"\"");
                values.put("nothing", "null");
            }
            case ENUM_LIST -> {
                values.put("one value instead of a list", "\"POLITICAL_DIRECTION\"");
                values.put("a number in the list", "[0]");
                values.put("null in the list", "[null]");
                values.put("an unknown value in the list", "[\"NOPE\"]");
            }
            case ID_LIST -> {
                values.put("one id twice", "[\"x-1\", \"x-1\"]");
                values.put("101 ids", IntStream.range(0, 101).mapToObj(i -> "\"id-" + i + "\"")
                        .collect(Collectors.joining(",", "[", "]")));
                values.put("20,000 copies of one id", String.join(",", Collections.nCopies(20_000, "\"x\""))
                        .transform(ids -> "[" + ids + "]"));
                values.put("null in the list", "[null]");
                values.put("a number in the list", "[1]");
                values.put("an id of 101 characters", "[\"" + "x".repeat(101) + "\"]");
                values.put("one id instead of a list", "\"x-1\"");
            }
            case TEXT_LIST -> {
                values.put("51 names", Collections.nCopies(51, "\"Kultur\"").stream().collect(Collectors.joining(",", "[", "]")));
                values.put("a blank name", "[\"Kultur\", \"\\u00a0\"]");
                values.put("a number in the list", "[1]");
                values.put("a name with a NUL byte", "[\"Kultur\\u0000\"]");
                values.put("one name instead of a list", "\"Kultur\"");
            }
            case TIME -> {
                values.put("a time with seconds", "\"19:00:00\"");
                values.put("a time in words", "\"7pm\"");
                values.put("a time as a number", "1900");
                values.put("an hour that does not exist", "\"25:00\"");
                values.put("a time as an array", "[19, 0]");
            }
            case BOOLEAN -> {
                values.put("a boolean as a text", "\"true\"");
                values.put("a boolean as a number", "1");
            }
        }
        return values;
    }

    @TestFactory
    Stream<DynamicTest> everyHostileValueOfEveryField_isRefusedNamingTheField() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Field field : endpoint.fields()) {
                hostile(field.kind()).forEach((what, value) -> tests.add(DynamicTest.dynamicTest(
                        endpoint.name() + ": " + field.name() + " as " + what, () -> {
                            Http.Response response = refused(endpoint, endpoint.body(Map.of(field.name(), value)), 400);
                            assertThat(fields(response)).as(response.body())
                                    .anyMatch(reported -> reported.startsWith(field.reported()));
                        })));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedBody_isRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Field first = endpoint.fields().get(0);
            String valid = endpoint.valid();
            Map<String, String> bodies = new LinkedHashMap<>();
            bodies.put("a field named twice", "{\"" + first.reported() + "\": " + first.valid() + ", "
                    + valid.substring(valid.indexOf('{') + 1));
            bodies.put("an unknown field", valid.replaceFirst("\\{", "{\"comment\": \"x\", "));
            bodies.put("no JSON", "Borgermøde i Tølløse");
            bodies.put("half an object", valid.substring(0, valid.length() / 2));
            bodies.put("an array", "[" + valid + "]");
            bodies.put("a text", "\"" + endpoint.name() + "\"");
            bodies.put("nothing", "");
            bodies.put("10,000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000));
            bodies.forEach((what, body) -> tests.add(DynamicTest.dynamicTest(endpoint.name() + ": " + what, () -> {
                Http.Response response = refused(endpoint, body, 400);
                if (what.equals("a field named twice")) {
                    assertThat(fields(response)).containsExactly(first.reported());
                }
            })));
            tests.add(DynamicTest.dynamicTest(endpoint.name() + ": a body of 2 MB", () -> refused(endpoint,
                    valid.replaceFirst("\\{", "{\"padding\": \"" + "x".repeat(2 * 1024 * 1024) + "\", "), 413)));
        }
        return tests.stream();
    }

    /** Sends the body and checks: the expected 4xx as a problem, and not one commit more in the log. */
    private Http.Response refused(Endpoint endpoint, String body, int status) {
        long commitsBefore = commits();
        Http.Response response = staff.post(endpoint.path(), body);

        assertThat(response.status()).as(endpoint.name() + " " + body.substring(0, Math.min(body.length(), 300))
                + " → " + response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at dk.").doesNotContain("tools.jackson");
        assertThat(commits()).as("nothing appended").isEqualTo(commitsBefore);
        return response;
    }

    private long commits() {
        return mongo.getCollection("commits").countDocuments();
    }

    private static List<String> fields(Http.Response response) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = response.json().get("errors");
        if (errors != null) {
            errors.forEach(error -> fields.add(error.get("field").asString()));
        }
        return fields;
    }
}
