package dk.holbaek.experiments.api.http.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import tools.jackson.databind.JsonNode;

/** The experience report over HTTP on the demo programme: sources that exist, dates that matter, refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "experiments.demo.enabled=true")
@ActiveProfiles("test")
class ReportApiTest {

    @LocalServerPort
    int port;

    @Test
    void everyNumberOfTheJsonReport_restsOnEventsThatExistInTheLog() {
        Http analyst = Http.as(port, "analyst");
        Set<String> log = Http.as(port, "admin").get("/api/admin/events/export").body().lines()
                .map(line -> Http.parse(line).get("eventId").asString()).collect(Collectors.toSet());
        JsonNode report = analyst.get("/api/reports/experience?format=json&asOf=2015-12-31").json();
        List<String> problems = new ArrayList<>();
        int[] figures = {0};

        check(report, "", log, analyst, problems, figures);

        assertThat(problems).isEmpty();
        assertThat(figures[0]).isGreaterThan(100);
        assertThat(report.get("eventCount").asLong()).isEqualTo(log.size());
    }

    @Test
    void aReportAsOfAnEarlierDate_showsTheFiguresAsTheyStoodThen() {
        Http analyst = Http.as(port, "analyst");
        JsonNode end2014 = analyst.get("/api/reports/experience?format=json&asOf=2014-12-31").json();
        JsonNode end2015 = analyst.get("/api/reports/experience?format=json&asOf=2015-12-31").json();

        assertThat(end2014.get("summary").get("activities").get("value").asLong()).isEqualTo(13);
        assertThat(end2015.get("summary").get("activities").get("value").asLong()).isEqualTo(15);
        assertThat(end2014.get("recommendations").size()).isZero();
        assertThat(end2015.get("recommendations").get(0).get("learnings").size()).isPositive();
        assertThat(analyst.get("/api/reports/experience?format=markdown&asOf=2014-12-31").body())
                .contains("til og med 31. december 2014");
    }

    @Test
    void aReportAsOfAnInstant_holdsWhatWasRecordedUpToAndIncludingIt() {
        Http analyst = Http.as(port, "analyst");
        // the demo records the council's adoption on 19 November 2015 at noon, Danish time (11:00 UTC)
        JsonNode before = analyst.get("/api/reports/experience?format=json&asOf=2015-11-19T10:59:59Z").json();
        JsonNode at = analyst.get("/api/reports/experience?format=json&asOf=2015-11-19T11:00:00Z").json();

        assertThat(before.get("asOf").asString()).isEqualTo("2015-11-19");
        assertThat(before.get("asOfInstant").asString()).isEqualTo("2015-11-19T10:59:59Z");
        assertThat(before.get("recommendations").get(0).get("adoptions").size()).isZero();
        assertThat(at.get("recommendations").get(0).get("adoptions").size()).isEqualTo(1);
        assertThat(at.get("eventCount").asLong()).isGreaterThan(before.get("eventCount").asLong());
        assertThat(analyst.get("/api/reports/experience?format=markdown&asOf=2015-11-19T10:59:59Z").body())
                .contains("til og med 19. november 2015 kl. 11.59");
        assertField(analyst.get("/api/reports/experience?asOf=2015-11-19T25:00:00Z"), "asOf");
    }

    @Test
    void theSameLogAndDate_giveTheSameBytes_andEachFormHasItsType() {
        Http analyst = Http.as(port, "analyst");
        for (String format : List.of("html", "markdown", "json", "pdf")) {
            Http.Response first = analyst.get("/api/reports/experience?format=" + format + "&lang=en&asOf=2015-06-30");
            Http.Response second = analyst.get("/api/reports/experience?format=" + format + "&lang=en&asOf=2015-06-30");
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.body()).as(format).isEqualTo(second.body());
        }
        assertThat(analyst.get("/api/reports/experience?format=pdf").contentType()).isEqualTo("application/pdf");
        Http.Response html = analyst.get("/api/reports/experience");
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("<svg", "Erfaringsrapport", "Anbefalinger til byrådet").doesNotContain("<script");
    }

    @Test
    void badParameters_areRefusedNamingTheField() {
        Http analyst = Http.as(port, "analyst");
        assertField(analyst.get("/api/reports/experience?format=docx"), "format");
        assertField(analyst.get("/api/reports/experience?lang=de"), "lang");
        assertField(analyst.get("/api/reports/experience?asOf=31-12-2015"), "asOf");
        Http.Response early = analyst.get("/api/reports/experience?asOf=2013-12-31");
        assertField(early, "asOf");
        assertThat(early.json().get("errors").get(0).get("message").asString())
                .isEqualTo("ligger før programmet, som begyndte i 2014");
    }

    @Test
    void theSteeringGroupReadsTheReportAsItStands_onlyAnalystsLookBack() {
        assertThat(Http.as(port, "steering").get("/api/reports/experience?format=markdown").status()).isEqualTo(200);
        assertThat(Http.as(port, "steering").get("/api/reports/experience?asOf=2014-12-31").status()).isEqualTo(403);
        assertThat(Http.as(port, "staff").get("/api/reports/experience").status()).isEqualTo(403);
    }

    private static void assertField(Http.Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    /** Every figure's sources exist in the log; every number is a figure's value, an assessment or the event count. */
    private static void check(JsonNode node, String path, Set<String> log, Http analyst, List<String> problems,
                              int[] figures) {
        if (node.isObject() && node.has("value") && node.has("sources")) {
            figures[0]++;
            JsonNode sources = node.get("sources");
            List<String> ids = sources.isArray() ? sources.valueStream().map(JsonNode::asString).toList()
                    : analyst.get(sources.get("href").asString()).json().valueStream().map(JsonNode::asString).toList();
            if (!sources.isArray() && ids.size() != sources.get("count").asInt()) {
                problems.add(path + ": the link lists " + ids.size() + " events, not " + sources.get("count"));
            }
            ids.stream().filter(id -> !log.contains(id)).forEach(id -> problems.add(path + ": unknown event " + id));
            if (node.get("value").isNumber() && node.get("value").asDouble() != 0 && ids.isEmpty()) {
                problems.add(path + ": a number without sources");
            }
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                String child = path + "/" + entry.getKey();
                if (entry.getValue().isNumber() && !child.equals("/eventCount")
                        && !(entry.getKey().equals("assessment") && node.has("source"))) {
                    problems.add(child + ": a number outside a figure");
                }
                if (entry.getKey().equals("source") && !log.contains(entry.getValue().asString())) {
                    problems.add(child + ": unknown event " + entry.getValue().asString());
                }
                check(entry.getValue(), child, log, analyst, problems, figures);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "/" + i, log, analyst, problems, figures);
            }
        }
    }
}
