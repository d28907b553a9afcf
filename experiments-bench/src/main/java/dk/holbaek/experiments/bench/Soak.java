package dk.holbaek.experiments.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import com.sun.management.UnixOperatingSystemMXBean;

/**
 * Hours of steady use in minutes ({@code -Dbench.soakMinutes=N}): 8 clients, each sending one request every 100 ms
 * (80 a second in all), a mix of commands (some with an {@code Idempotency-Key}), views, the experiment list and
 * details, now and then the report, failed logins from many addresses and dashboard logins that each leave a
 * session. Every
 * minute it forces a garbage collection and records the heap still in use, the threads, the open files and the
 * store's file size, to see whether anything grows with use. Not a test: nothing passes or fails.
 */
final class Soak {

    private static final int CLIENTS = 8;
    private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final Map<String, Object> results;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private int port;

    Soak(Map<String, Object> results) {
        this.results = results;
    }

    void run(ConfigurableApplicationContext app, Path data, List<String> experiments, int minutes,
             Runnable write) throws Exception {
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Map<String, Object>> samples = new ArrayList<>();
        results.put("soak.minutes", minutes);
        results.put("soak.clients", CLIENTS);
        results.put("soak.requestsPerSecond", CLIENTS * TimeUnit.SECONDS.toNanos(1) / PERIOD_NANOS);
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            running.add(clients.submit(() -> {
                long next = System.nanoTime();
                for (long i = 0; System.nanoTime() < end; i++) {
                    request(id, i, experiments);
                    next += PERIOD_NANOS;
                    LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
                }
                return null;
            }));
        }
        for (int minute = 1; minute <= minutes; minute++) {
            LockSupport.parkNanos(Math.max(0, end - TimeUnit.MINUTES.toNanos(minutes - minute) - System.nanoTime()));
            System.gc();
            Map<String, Object> sample = new LinkedHashMap<>();
            sample.put("minute", minute);
            sample.put("heapAfterGcMb", memory.getHeapMemoryUsage().getUsed() / (1 << 20));
            sample.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
            sample.put("openFiles", ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                    ? unix.getOpenFileDescriptorCount() : -1);
            sample.put("storeFileMb", Files.size(data.resolve("bench.mv")) / (1 << 20));
            sample.put("answers", answers.entrySet().stream().collect(
                    Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get())));
            samples.add(sample);
            results.put("soak.samples", samples.toString());
            results.put("soak.minute" + minute + ".heapAfterGcMb", sample.get("heapAfterGcMb"));
            results.put("soak.minute" + minute + ".threads", sample.get("threads"));
            results.put("soak.minute" + minute + ".openFiles", sample.get("openFiles"));
            results.put("soak.minute" + minute + ".storeFileMb", sample.get("storeFileMb"));
            System.out.println("soak " + sample);
            write.run();
        }
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        // at rest: no request under way, so what is left is what the service keeps, not what it is working on
        System.gc();
        long atRest = memory.getHeapMemoryUsage().getUsed() / (1 << 20);
        results.put("soak.atRest.heapAfterGcMb", atRest);
        System.out.println("soak at rest: heapAfterGcMb=" + atRest);
        write.run();
    }

    /** One request of the mix; its answer's status is counted, never thrown. */
    private void request(int client, long i, List<String> experiments) {
        String experiment = experiments.get((int) ((client + i) % experiments.size()));
        int kind = (int) (i % 20);
        try {
            int status;
            if (kind < 10) {
                status = send(post("/api/experiments/" + experiment + "/activities", Benchmark.ACTIVITY_JSON,
                        kind % 2 == 0 ? UUID.randomUUID().toString() : null));
            } else if (kind < 13) {
                status = send(get("/api/views/criteria/broad-involvement"));
            } else if (kind < 15) {
                status = send(get("/api/experiments"));
            } else if (kind < 17) {
                status = send(get("/api/experiments/" + experiment));
            } else if (kind == 17 && i % 100 == 17) {
                status = send(get("/api/reports/experience?format=json"));
            } else if (kind == 17) {
                status = send(get("/api/views/progress"));
            } else if (kind == 18) {
                status = failedLogin(client, i);
            } else {
                status = dashboardLogin();
            }
            answers.computeIfAbsent(Integer.toString(status), key -> new AtomicLong()).incrementAndGet();
        } catch (IOException | RuntimeException e) {
            answers.computeIfAbsent(e.getClass().getSimpleName(), key -> new AtomicLong()).incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A wrong password for a user name from one of many addresses (as a proxy would forward them). */
    private int failedLogin(int client, long i) throws IOException, InterruptedException {
        String address = "10." + client + "." + (i / 250 % 250) + "." + (i % 250);
        return http.send(HttpRequest.newBuilder(uri("/api/experiments")).header("X-Forwarded-For", address)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("someone-" + (i % 1000) + ":wrong").getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * The dashboard's login form, as a new browser does it: a new session each time, left to expire. Cookies are
     * carried by hand, so that the harness's one HTTP client (and its threads) serves every login.
     */
    private int dashboardLogin() throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        String session = sessionCookie(form);
        if (!csrf.find() || session == null) {
            return -1;
        }
        String body = "username=admin&password=admin&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(uri("/login")).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        String loggedIn = sessionCookie(login);
        if (login.statusCode() != 302 || loggedIn == null) {
            return login.statusCode();
        }
        return http.send(HttpRequest.newBuilder(uri("/")).header("Cookie", loggedIn).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .findFirst().orElse(null);
    }

    private HttpRequest.Builder post(String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private int send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
