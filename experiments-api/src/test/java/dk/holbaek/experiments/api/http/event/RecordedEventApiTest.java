package dk.holbaek.experiments.api.http.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * Who recorded what, and when: every event names the user who sent its command; the history shows it, and an analyst
 * can look any event up by the id a figure's sources give.
 */
@ApiTest
class RecordedEventApiTest {

    @LocalServerPort
    int port;

    @Test
    void everyHistoryEntry_saysWhoRecordedItAndWhen_andAnAnalystCanLookTheEventUp() {
        Programme programme = new Programme(Http.as(port, "staff"));
        String experiment = programme.runningExperiment("Borgerpanel i Svinninge");
        Instant before = Instant.now();
        programme.logActivity(experiment, "2014-03-18");

        JsonNode history = Http.as(port, "staff").get("/api/experiments/" + experiment + "/history").json();
        JsonNode logged = history.get(history.size() - 1);
        assertThat(history.valueStream().map(entry -> entry.get("recordedBy").asString()))
                .containsOnly("staff").hasSize(4);
        assertThat(logged.get("type").asString()).isEqualTo("ActivityLogged");
        assertThat(Instant.parse(logged.get("recordedAt").asString())).isAfterOrEqualTo(before.minusSeconds(1));

        Http.Response event = Http.as(port, "analyst").get("/api/events/" + logged.get("eventId").asString());

        assertThat(event.status()).isEqualTo(200);
        JsonNode body = event.json();
        assertThat(body.get("type").asString()).isEqualTo("ActivityLogged");
        assertThat(body.get("revision").asString()).isEqualTo("1");
        assertThat(body.get("aggregateType").asString()).isEqualTo("Experiment");
        assertThat(body.get("aggregateId").asString()).isEqualTo(experiment);
        assertThat(body.get("sequence").asLong()).isEqualTo(3);
        assertThat(body.get("recordedBy").asString()).isEqualTo("staff");
        assertThat(body.get("recordedAt").asString()).isEqualTo(logged.get("recordedAt").asString());
        assertThat(body.get("payload").get("occurredOn").asString()).isEqualTo("2014-03-18");
        assertThat(body.get("payload").get("participants").get("total").asInt()).isEqualTo(85);
    }

    @Test
    void theSourcesOfAReportFigure_canEachBeLookedUp() {
        Programme programme = new Programme(Http.as(port, "staff"));
        programme.logActivity(programme.runningExperiment("Ungeråd i Tølløse"), "2014-03-18");
        Http analyst = Http.as(port, "analyst");

        JsonNode sources = analyst.get("/api/reports/experience?format=json").json().get("summary").get("activities")
                .get("sources");
        JsonNode ids = sources.isArray() ? sources : analyst.get(sources.get("href").asString()).json();

        assertThat(ids.size()).isPositive();
        ids.forEach(id -> assertThat(analyst.get("/api/events/" + id.asString()).status()).as(id.asString())
                .isEqualTo(200));
    }

    @Test
    void onlyAnalystsAndAdministratorsLookUpEvents_andAnUnknownIdIsNotFound() {
        assertThat(Http.as(port, "steering").get("/api/events/any").status()).isEqualTo(403);
        assertThat(Http.as(port, "staff").get("/api/events/any").status()).isEqualTo(403);
        Http.Response unknown = Http.as(port, "admin").get("/api/events/no-such-event");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }
}
