package dk.holbaek.experiments.api.http.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * Lists that grow with the programme come in pages: the body keeps its shape, the total and the next page in headers.
 * Its own service, as the experiment list is read from the views (the shared test service's views processor may be
 * held up by other test contexts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.application.name=paging-test")
@ActiveProfiles("test")
class PagingApiTest {

    @LocalServerPort
    int port;

    @Test
    void theExperimentList_walkedPageByPage_givesEveryExperimentOnce_andUnpagedItIsWhole() {
        Http staff = Http.as(port, "staff");
        Programme programme = new Programme(staff);
        for (int i = 0; i < 5; i++) {
            programme.registerExperiment("Sideopdelt eksperiment " + i);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> staff.get("/api/experiments").json().size() >= 5);
        Http.Response whole = staff.get("/api/experiments");
        int total = Integer.parseInt(whole.header("X-Total-Count").orElseThrow());
        assertThat(whole.json().size()).isEqualTo(total).isGreaterThanOrEqualTo(5);
        assertThat(whole.header("Link")).as("everything fits the default page").isEmpty();

        Set<String> seen = new LinkedHashSet<>();
        String next = "/api/experiments?size=2";
        int pages = 0;
        while (next != null) {
            Http.Response page = staff.get(next);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("X-Total-Count")).hasValue(Integer.toString(total));
            assertThat(page.json().size()).isLessThanOrEqualTo(2);
            page.json().forEach(row -> assertThat(seen.add(row.get("id").asString())).isTrue());
            next = page.header("Link").filter(link -> link.contains("rel=\"next\""))
                    .map(link -> link.substring(link.indexOf("/api/"), link.indexOf('>'))).orElse(null);
            pages++;
        }
        assertThat(seen).hasSize(total);
        assertThat(pages).isEqualTo((total + 1) / 2);
        assertThat(ids(whole)).containsExactlyElementsOf(seen);
    }

    @Test
    void anExperimentsHistory_comesInPagesToo() {
        Http staff = Http.as(port, "staff");
        String id = new Programme(staff).runningExperiment("Historik i sider");

        Http.Response first = staff.get("/api/experiments/" + id + "/history?size=2");
        Http.Response second = staff.get("/api/experiments/" + id + "/history?size=2&page=1");

        assertThat(first.header("X-Total-Count")).hasValue("3");
        assertThat(first.json().size()).isEqualTo(2);
        assertThat(first.header("Link")).hasValueSatisfying(link -> assertThat(link).contains("page=1", "rel=\"next\""));
        assertThat(second.json().size()).isEqualTo(1);
        assertThat(second.json().get(0).get("sequence").asLong()).isEqualTo(2);
        assertThat(second.header("Link")).hasValueSatisfying(link -> assertThat(link).contains("rel=\"prev\"")
                .doesNotContain("rel=\"next\""));
    }

    @Test
    void aPageOrSizeOutOfRange_isRefusedNamingIt() {
        Http staff = Http.as(port, "staff");

        for (String query : List.of("size=0", "size=5000", "page=-1", "size=mange")) {
            Http.Response refused = staff.get("/api/experiments?" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(query.split("=")[0]);
        }
    }

    private static List<String> ids(Http.Response response) {
        List<String> ids = new ArrayList<>();
        for (JsonNode row : response.json()) {
            ids.add(row.get("id").asString());
        }
        return ids;
    }

    @Test
    void aViewsRowsPerExperiment_andSearchResults_comeInPages_theFiguresWhole() {
        Http staff = Http.as(port, "staff");
        Programme programme = new Programme(staff);
        for (int i = 0; i < 5; i++) {
            programme.registerExperiment("Kvartermøde nummer " + i);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> staff.get("/api/search?q=kvartermøde").json()
                .get("total").asInt() == 5);

        Http.Response whole = staff.get("/api/views/criteria/political-leadership");
        Http.Response paged = staff.get("/api/views/criteria/political-leadership?size=2&page=1");
        int total = Integer.parseInt(whole.header("X-Total-Count").orElseThrow());
        assertThat(whole.json().get("experiments").size()).isEqualTo(total).isGreaterThanOrEqualTo(5);
        assertThat(paged.json().get("experiments").size()).isEqualTo(2);
        assertThat(paged.json().get("experiments").get(0)).isEqualTo(whole.json().get("experiments").get(2));
        assertThat(paged.json().get("councilMemberAttendances")).as("the figures are the whole programme's")
                .isEqualTo(whole.json().get("councilMemberAttendances"));
        assertThat(paged.header("Link").orElseThrow()).contains("page=2", "rel=\"next\"", "page=0", "rel=\"prev\"");

        Http.Response lastPage = staff.get("/api/search?q=kvartermøde&size=2&page=2");
        assertThat(lastPage.header("X-Total-Count")).hasValue("5");
        assertThat(lastPage.json().get("total").asInt()).isEqualTo(5);
        assertThat(lastPage.json().get("experiments").size()).isEqualTo(1);
        assertThat(lastPage.json().get("learnings").size()).isZero();
        assertThat(staff.get("/api/views/criteria/broad-involvement?size=0").status()).isEqualTo(400);
    }
}
