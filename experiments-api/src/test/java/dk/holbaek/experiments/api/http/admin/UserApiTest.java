package dk.holbaek.experiments.api.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;

/**
 * Users managed without a restart: an administrator adds a user who can work at once, changes the user's roles or
 * disables it, and the user's very next request is answered by the change; every user changes their own password.
 */
@ApiTest
class UserApiTest {

    private static final String EXPERIMENT = """
            {"title": "T", "hypothesis": "H", "method": "OTHER", "role": "OBSERVED", "insightAreas": ["LOCAL_INITIATIVE"]}
            """;

    @LocalServerPort
    int port;

    @Test
    void anAddedUser_worksAtOnce_andARoleChangeOrADisablingHoldsFromTheNextRequest() {
        Http admin = Http.as(port, "admin");
        assertThat(admin.post("/api/admin/users", """
                {"name": "konsulent.jensen", "password": "Fjordudsigt-2014!", "roles": ["STAFF"]}
                """).status()).isEqualTo(201);
        Http jensen = Http.as(port, "konsulent.jensen", "Fjordudsigt-2014!");
        assertThat(jensen.post("/api/experiments", EXPERIMENT).status()).isEqualTo(201);

        assertThat(admin.post("/api/admin/users/konsulent.jensen", "{\"roles\": [\"STEERING\"]}").status()).isEqualTo(200);
        assertThat(jensen.post("/api/experiments", EXPERIMENT).status()).as("no longer staff").isEqualTo(403);
        assertThat(jensen.get("/api/reports/experience?format=json").status()).isEqualTo(200);

        assertThat(admin.post("/api/admin/users/konsulent.jensen", "{\"enabled\": false}").status()).isEqualTo(200);
        assertThat(jensen.get("/api/experiments").status()).as("disabled").isEqualTo(401);
        assertThat(admin.get("/api/admin/users").json().findValues("name").stream().map(name -> name.asString()))
                .contains("konsulent.jensen", "staff", "admin");
    }

    @Test
    void aWeakPasswordATakenNameOrNoRole_areRefused_andOnlyAdministratorsManageUsers() {
        Http admin = Http.as(port, "admin");

        Http.Response weak = admin.post("/api/admin/users", "{\"name\": \"ny.bruger\", \"password\": \"kort\", \"roles\": []}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().findValues("field").stream().map(field -> field.asString()))
                .containsExactly("password", "roles");
        assertThat(weak.json().get("errors").get(0).get("message").asString()).isEqualTo("skal være mindst 12 tegn lang");
        assertThat(admin.post("/api/admin/users", "{\"name\": \"staff\", \"password\": \"Et-helt-andet-kodeord\", "
                + "\"roles\": [\"STAFF\"]}").status()).isEqualTo(409);
        assertThat(admin.post("/api/admin/users/admin", "{\"enabled\": false}").status())
                .as("an administrator cannot lock themselves out").isEqualTo(409);
        assertThat(Http.as(port, "staff").get("/api/admin/users").status()).isEqualTo(403);
        assertThat(Http.as(port, "staff").post("/api/admin/users", "{}").status()).isEqualTo(403);
    }

    @Test
    void aUser_changesTheirOwnPassword_namingTheCurrentOne() {
        Http admin = Http.as(port, "admin");
        assertThat(admin.post("/api/admin/users", """
                {"name": "analytiker.holm", "password": "Første-kodeord-123", "roles": ["ANALYST"]}
                """).status()).isEqualTo(201);
        Http before = Http.as(port, "analytiker.holm", "Første-kodeord-123");

        assertThat(before.post("/api/account/password", "{\"currentPassword\": \"forkert\", \"newPassword\": "
                + "\"Andet-kodeord-4567\"}").json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertThat(before.post("/api/account/password", "{\"currentPassword\": \"Første-kodeord-123\", \"newPassword\": "
                + "\"Andet-kodeord-4567\"}").status()).isEqualTo(200);

        assertThat(Http.as(port, "analytiker.holm", "Første-kodeord-123").get("/api/experiments").status()).isEqualTo(401);
        assertThat(Http.as(port, "analytiker.holm", "Andet-kodeord-4567").get("/api/experiments").status()).isEqualTo(200);
    }
}
