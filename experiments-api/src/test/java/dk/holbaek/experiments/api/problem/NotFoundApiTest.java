package dk.holbaek.experiments.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;

/** Asking for something that does not exist answers 404 in the problem format, naming what was asked for. */
@ApiTest
class NotFoundApiTest {

    private static final String[] ENGLISH = {"Accept-Language", "en-GB,en;q=0.9,da;q=0.5"};

    @LocalServerPort
    int port;

    @Test
    void aRebuildAnEventAFigureAndAnExportThatDoNotExist_areNamedInThe404_inTheLanguageAsked() {
        Http admin = Http.as(port, "admin");

        assertNotFound(admin.get("/api/admin/projections/rebuild/no-such-rebuild", ENGLISH), "No rebuild has the id no-such-rebuild.");
        assertNotFound(admin.get("/api/events/no-such-event", ENGLISH), "No event has the id no-such-event.");
        assertNotFound(admin.get("/api/reports/experience/sources?figure=/summary/noSuchFigure", ENGLISH),
                "The report has no figure /summary/noSuchFigure.");
        assertNotFound(admin.get("/api/exports/nothing.csv", ENGLISH), "There is no export nothing.csv; the codebook lists them.");
    }

    private static void assertNotFound(Http.Response response, String detail) {
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:experiments:problem:not-found");
        assertThat(response.json().get("detail").asString()).isEqualTo(detail);
    }
}
