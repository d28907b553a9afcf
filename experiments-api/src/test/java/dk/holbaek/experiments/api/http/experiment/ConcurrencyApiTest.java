package dk.holbaek.experiments.api.http.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;

@ApiTest
class ConcurrencyApiTest {

    private static final int CLIENTS = 8;

    @LocalServerPort
    int port;

    private Http staff;
    private Programme programme;
    private ExecutorService clients;

    @BeforeEach
    void setUp() {
        staff = Http.as(port, "staff");
        programme = new Programme(staff);
        clients = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterEach
    void tearDown() {
        clients.shutdownNow();
    }

    @Test
    void clientsThatReadTheSameVersion_exactlyOneWins_theOthersAreToldItIsStale() throws Exception {
        String id = programme.runningExperiment("Topmøde om lokaldemokrati");
        String version = staff.get("/api/experiments/" + id).header("ETag").orElseThrow();

        List<Http.Response> answers = all(() -> staff.post("/api/experiments/" + id + "/activities",
                Programme.activity("2014-03-18"), "If-Match", version));

        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() == 412).hasSize(CLIENTS - 1);
        assertThat(answers).filteredOn(answer -> answer.status() == 412)
                .allSatisfy(answer -> assertThat(answer.json().get("currentVersion").asLong()).isEqualTo(3));
        assertThat(staff.get("/api/experiments/" + id).json().get("activities").size()).isEqualTo(1);
    }

    @Test
    void clientsThatDoNotAskForAVersion_areAllRecorded_noneIsLost() throws Exception {
        String id = programme.runningExperiment("Digital Post: borger til borger");

        List<Http.Response> answers = all(() -> staff.post("/api/experiments/" + id + "/activities",
                Programme.activity("2014-03-18")));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
        assertThat(staff.get("/api/experiments/" + id).json().get("activities").size()).isEqualTo(CLIENTS);
        assertThat(staff.get("/api/experiments/" + id).json().get("version").asLong()).isEqualTo(2 + CLIENTS);
    }

    private List<Http.Response> all(Callable<Http.Response> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Response>> futures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            futures.add(clients.submit(() -> {
                ready.countDown();
                go.await();
                return request.call();
            }));
        }
        ready.await();
        go.countDown();
        List<Http.Response> answers = new ArrayList<>();
        for (Future<Http.Response> future : futures) {
            answers.add(future.get());
        }
        return answers;
    }
}
