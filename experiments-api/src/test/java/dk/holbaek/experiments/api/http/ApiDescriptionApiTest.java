package dk.holbaek.experiments.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;

/** The OpenAPI document a client generator reads: the API's operations, what they answer, and who may read it. */
@ApiTest
class ApiDescriptionApiTest {

    @LocalServerPort
    int port;

    @Test
    void analystsAndAdministrators_readTheDocument_othersDoNot() {
        assertThat(Http.as(port, "analyst").get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(Http.as(port, "admin").get("/v3/api-docs.yaml").body()).startsWith("openapi: 3");
        assertThat(Http.as(port, "staff").get("/v3/api-docs").status()).isEqualTo(403);
        assertThat(Http.as(port, "steering").get("/v3/api-docs").status()).isEqualTo(403);
        Http.Response anonymous = Http.anonymous(port).get("/v3/api-docs");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    @Test
    void describesTheApi_notTheDashboardsPages() {
        JsonNode paths = Http.as(port, "analyst").get("/v3/api-docs").json().get("paths");

        assertThat(paths.propertyNames()).contains("/api/experiments", "/api/experiments/{id}/activities",
                "/api/experiments/{id}/activities/{activityId}/correction", "/api/views/criteria/broad-involvement",
                "/api/reports/experience", "/api/events/{eventId}", "/api/admin/projections/rebuild");
        assertThat(paths.propertyNames()).allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void aCommand_namesTheProblemsItMayAnswer_withExamples() {
        JsonNode document = Http.as(port, "analyst").get("/v3/api-docs").json();
        JsonNode responses = document.get("paths").get("/api/experiments/{id}/activities").get("post").get("responses");

        assertThat(responses.propertyNames()).contains("201", "400", "401", "403", "404", "409", "412", "413", "422",
                "503", "507");
        JsonNode invalid = responses.get("400").get("content").get("application/problem+json");
        assertThat(invalid.get("schema").get("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        JsonNode example = invalid.get("examples").get("invalid-request").get("value");
        assertThat(example.get("type").asString()).isEqualTo("urn:experiments:problem:invalid-request");
        assertThat(example.get("errors").get(0).get("field").asString()).isEqualTo("participants.byGroup");
        assertThat(document.get("components").get("schemas").get("Problem").get("properties").propertyNames())
                .contains("type", "title", "status", "detail", "errors", "rule", "currentVersion");
    }

    @Test
    void aRead_withAQueryParameter_mayAnswer400_andAnEntryItsOwnRecord() {
        JsonNode document = Http.as(port, "analyst").get("/v3/api-docs").json();

        assertThat(document.get("paths").get("/api/views/criteria/broad-involvement").get("get").get("responses").propertyNames())
                .contains("200", "400", "401", "403");
        JsonNode activity = document.get("paths").get("/api/experiments/{id}/activities/{activityId}").get("get")
                .get("responses").get("200").get("content").get("*/*").get("schema");
        assertThat(activity.get("$ref").asString()).isEqualTo("#/components/schemas/ExperimentDetailActivity");
        assertThat(document.get("components").get("schemas").propertyNames())
                .as("each view's rows and an activity as sent and as read: one schema each, no event")
                .contains("BroadInvolvementViewRow", "PoliticalLeadershipViewRow", "ExperimentRequestsActivity")
                .noneMatch(name -> name.endsWith("Logged") || name.endsWith("Recorded"));
    }
}
