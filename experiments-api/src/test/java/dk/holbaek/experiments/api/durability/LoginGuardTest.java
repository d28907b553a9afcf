package dk.holbaek.experiments.api.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.holbaek.experiments.api.Http;

/**
 * Logins against a real service process: a name that fails ten times from one address is locked there for the rest
 * of 15 minutes (API and login form alike), a failed login takes as long for a name that exists as for one that does
 * not, and a service started without configured users knows no password anybody could guess.
 */
class LoginGuardTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern GENERATED = Pattern.compile("created the user admin with the password (\\S+) ");

    @TempDir
    Path data;

    @Test
    void tenFailures_lockTheNameFromThatAddress_withRetryAfter_andOtherNamesStillLogIn() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(data.resolve("locked.mv"), log("locked"))) {
            int port = service.port();
            for (int i = 0; i < 10; i++) {
                assertThat(Http.as(port, "admin", "wrong-" + i).get("/api/experiments").status()).isEqualTo(401);
            }

            Http.Response locked = Http.as(port, "admin", "admin").get("/api/experiments");

            assertThat(locked.status()).as("even with the right password").isEqualTo(429);
            assertThat(locked.contentType()).startsWith("application/problem+json");
            assertThat(locked.json().get("type").asString()).endsWith("too-many-failed-logins");
            assertThat(Long.parseLong(locked.header("Retry-After").orElseThrow())).isBetween(880L, 900L);
            assertThat(Http.as(port, "staff").get("/api/experiments").status()).as("another name").isEqualTo(200);

            Form form = Form.open(port);
            for (int i = 0; i < 10; i++) {
                assertThat(form.logIn("steering", "wrong-" + i).statusCode()).isEqualTo(302);
            }
            HttpResponse<String> lockedForm = form.logIn("steering", "steering");
            assertThat(lockedForm.statusCode()).isEqualTo(429);
            assertThat(lockedForm.headers().firstValue("Retry-After")).isPresent();
            assertThat(lockedForm.body()).contains("Der er tastet forkert for mange gange med dette brugernavn. Prøv igen om 15 minutter.");
        }
    }

    @Test
    void aFailedLogin_takesAsLongForAKnownNameAsForAnUnknownOne() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(data.resolve("timing.mv"), log("timing"))) {
            int port = service.port();
            Http.as(port, "nobody", "warm-up").get("/api/experiments");
            List<Long> known = new ArrayList<>();
            List<Long> unknown = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String name = List.of("staff", "steering", "analyst", "admin").get(i % 4);
                known.add(failedLoginMillis(port, name));
                unknown.add(failedLoginMillis(port, "nobody-" + i));
            }

            long knownMedian = median(known);
            long unknownMedian = median(unknown);
            assertThat(Math.abs(knownMedian - unknownMedian)).as("known %d ms, unknown %d ms", knownMedian, unknownMedian)
                    .isLessThan(60);
        }
    }

    @Test
    void withoutConfiguredUsers_onlyAnAdminWithARandomPasswordWrittenToTheLogOnce() throws Exception {
        Path log = log("no-users");
        try (ServiceProcess service = ServiceProcess.startAsConfigured(data.resolve("no-users.mv"), log)) {
            int port = service.port();
            String text = Files.readString(log);
            Matcher generated = GENERATED.matcher(text);
            assertThat(generated.find()).as(text).isTrue();

            assertThat(Http.as(port, "admin", generated.group(1)).get("/api/experiments").status()).isEqualTo(200);
            for (String name : List.of("staff", "steering", "analyst", "admin")) {
                assertThat(Http.as(port, name, name).get("/api/experiments").status()).as(name).isEqualTo(401);
            }
            assertThat(GENERATED.matcher(text).results().count()).as("written once").isEqualTo(1);
        }
    }

    @Test
    void withTheDemoOption_theDemoUsersLogInWithTheirNames() throws Exception {
        try (ServiceProcess service = ServiceProcess.startAsConfigured(data.resolve("demo.mv"), log("demo"),
                "--experiments.demo.enabled=true")) {
            assertThat(Http.as(service.port(), "steering").get("/api/views/progress").status()).isEqualTo(200);
        }
    }

    private static long failedLoginMillis(int port, String name) {
        long started = System.nanoTime();
        assertThat(Http.as(port, name, "not-the-password").get("/api/experiments").status()).isEqualTo(401);
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private Path log(String name) throws IOException {
        Path logs = Path.of("target", "durability-logs");
        Files.createDirectories(logs);
        return Files.createTempFile(logs, "login-" + name + "-", ".log");
    }

    /** The dashboard's login form, with its session cookie and CSRF token, as a browser fills it in. */
    private record Form(HttpClient client, int port, String cookie, String csrf) {

        static Form open(int port) throws IOException, InterruptedException {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            Matcher csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).isTrue();
            return new Form(client, port, cookie, csrf.group(1));
        }

        HttpResponse<String> logIn(String name, String password) throws IOException, InterruptedException {
            String body = "username=" + encode(name) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
