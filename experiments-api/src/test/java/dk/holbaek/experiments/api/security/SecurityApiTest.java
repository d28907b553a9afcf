package dk.holbaek.experiments.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;

@ApiTest
class SecurityApiTest {

    private static final String EXPERIMENT = """
            {"title": "T", "hypothesis": "H", "method": "OTHER", "role": "OBSERVED", "insightAreas": ["LOCAL_INITIATIVE"]}
            """;

    @LocalServerPort
    int port;

    @Test
    void withoutCredentials_everyApiCallIsRefusedWith401AndABasicChallenge() {
        Http anonymous = Http.anonymous(port);

        Http.Response read = anonymous.get("/api/experiments/any");
        Http.Response write = anonymous.post("/api/experiments", EXPERIMENT);

        for (Http.Response response : new Http.Response[] {read, write}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aWrongPassword_isRefusedEvenAfterTheRightOneWasAccepted() {
        assertThat(Http.as(port, "staff").get("/api/experiments/any").status()).isEqualTo(404);

        assertThat(Http.as(port, "staff", "not-the-password").get("/api/experiments/any").status()).isEqualTo(401);
        assertThat(Http.as(port, "nobody", "staff").get("/api/experiments/any").status()).isEqualTo(401);
    }

    @Test
    void healthIsOpen_butOtherActuatorEndpointsNeedAnAdmin() {
        assertThat(Http.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
        assertThat(Http.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(Http.as(port, "staff").get("/actuator/prometheus").status()).isEqualTo(403);
        Http.Response metrics = Http.as(port, "admin").get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void onlyStaffAndAdminsMaySendCommands() {
        for (String reader : new String[] {"steering", "analyst"}) {
            Http.Response refused = Http.as(port, reader).post("/api/experiments", EXPERIMENT);
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asString()).contains("må ikke ændre /api/experiments");
        }
        assertThat(Http.as(port, "staff").post("/api/experiments", EXPERIMENT).status()).isEqualTo(201);
        assertThat(Http.as(port, "admin").post("/api/experiments", EXPERIMENT).status()).isEqualTo(201);
    }

    @Test
    void everyRoleReadsWhatItsWorkNeeds_asTheMatrixInTheDocsSays() {
        String id = new Programme(Http.as(port, "staff")).registerExperiment("Temamøde");
        for (String role : new String[] {"staff", "steering", "analyst", "admin"}) {
            Http user = Http.as(port, role);
            assertThat(user.get("/api/experiments/" + id).status()).as(role).isEqualTo(200);
            assertThat(user.get("/api/experiments/" + id + "/history").status()).as(role).isEqualTo(200);
            assertThat(user.get("/api/council-involvements").status()).as(role).isEqualTo(200);
            assertThat(user.get("/api/recommendations").status()).as(role).isEqualTo(200);
            assertThat(user.get("/api/views/progress").status()).as(role).isEqualTo(200);
            assertThat(user.get("/api/views/criteria/broad-involvement").status()).as(role).isEqualTo(200);
        }
        Http staff = Http.as(port, "staff");
        assertThat(staff.get("/api/views/progress?asOf=2014-12-31").status()).as("looking back").isEqualTo(403);
        assertThat(staff.get("/api/reports/experience?format=json").status()).as("the report").isEqualTo(403);
        assertThat(staff.get("/api/exports/totals.csv").status()).as("the open data").isEqualTo(403);
        assertThat(Http.as(port, "steering").get("/api/views/progress?asOf=2014-12-31").status()).isEqualTo(403);
        assertThat(Http.as(port, "steering").get("/api/reports/experience?format=json").status()).isEqualTo(200);
        assertThat(Http.as(port, "analyst").get("/api/views/progress?asOf=2014-12-31").status()).isEqualTo(200);
    }

    @Test
    void theApiSetsNoSessionCookie() {
        Http.Response response = Http.as(port, "staff").get("/api/experiments/any");
        assertThat(response.header("Set-Cookie")).isEmpty();
    }

    @Test
    void pagesAndTheHtmlReport_runNoScript_tellNoOtherSiteWhereTheUserWas_andTheSessionCookieStaysOnThisSite() {
        Http.Response login = Http.anonymous(port).get("/login");
        Http.Response report = Http.as(port, "analyst").get("/api/reports/experience?format=html");

        for (Http.Response page : List.of(login, report)) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                    .contains("default-src 'none'", "script-src 'none'", "frame-ancestors 'none'"));
            assertThat(page.header("Referrer-Policy")).hasValue("same-origin");
        }
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("SameSite=Lax", "HttpOnly"));
    }

    @Test
    void theForms_runOnlyTheServicesOwnScriptFile_andNothingInline() {
        Http.Response form = Http.anonymous(port).get("/forms/activity");

        assertThat(form.header("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "script-src 'self';", "frame-ancestors 'none'")
                .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline"));
    }
}
