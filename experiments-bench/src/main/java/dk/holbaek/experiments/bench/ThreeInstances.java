package dk.holbaek.experiments.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.holbaek.experiments.api.ExperimentsApplication;

/**
 * Three service processes on one store: the harness's own service and two more started as processes of their own on
 * its embedded database server (as three instances behind a load balancer share one MongoDB). Measures HTTP appends
 * with eight clients spread over the three, and a rebuild started on one while all three take writes: its rate, and
 * whether every acknowledged activity is then in the views once on each of the three.
 */
final class ThreeInstances implements AutoCloseable {

    private static final int CLIENTS = 8;
    private static final Duration STARTING = Duration.ofMinutes(3);
    private static final Pattern ACTIVITIES = Pattern.compile("\"activities\":(\\d+)");
    private static final Pattern FINISHED = Pattern.compile("\"finishedAt\":\"");
    private static final Pattern TOTAL = Pattern.compile("\"eventsTotal\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Process> processes = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    /** The activities the views must hold: those when the three began, and every append acknowledged since. */
    private final AtomicLong expected = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();

    /**
     * Starts two more services on the database server at {@code mongoPort}, beside the one at {@code firstPort}, whose
     * views must have folded the whole log.
     */
    ThreeInstances(int firstPort, int mongoPort, Path logs) throws IOException, InterruptedException {
        ports.add(firstPort);
        expected.set(activities(firstPort));
        for (int i = 1; i <= 2; i++) {
            int port = freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx2g", "-Daxoniq.update-checker.disabled=true", "-cp",
                    System.getProperty("java.class.path"), ExperimentsApplication.class.getName(), "--server.port=" + port,
                    "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongoPort + "/experiments", "--logging.level.root=WARN",
                    "--experiments.security.users[0].name=admin", "--experiments.security.users[0].password={noop}admin",
                    "--experiments.security.users[0].roles[0]=ADMIN")
                    .redirectErrorStream(true).redirectOutput(logs.resolve("instance-" + (i + 1) + ".log").toFile())
                    .start();
            processes.add(process);
            ports.add(port);
        }
        long deadline = System.nanoTime() + STARTING.toNanos();
        for (int port : ports) {
            while (status(port, "/actuator/health") != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the service on port " + port + " did not start; see " + logs);
                }
                LockSupport.parkNanos(200_000_000);
            }
        }
    }

    /** HTTP appends by eight clients, client n through instance n mod 3 on experiment n: commands per second. */
    double appends(List<String> experiments, int total) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            AtomicLong left = new AtomicLong(total);
            long started = System.nanoTime();
            List<Future<?>> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int n = client;
                clients.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        append(n, experiments);
                        expected.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            return total / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /** What a rebuild while all three take writes came to. */
    record RebuildUnderWrites(double eventsPerSecond, long eventsRebuilt, long writesAcknowledged, boolean viewsComplete,
                              double secondsUntilComplete) {
    }

    /**
     * A rebuild started on the first instance, its status read on the second, while eight clients append through all
     * three until it has finished; then the time until each instance's views hold every acknowledged activity.
     */
    RebuildUnderWrites rebuildUnderWrites(List<String> experiments) throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong acknowledged = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int n = client;
            clients.add(pool.submit(() -> {
                while (writing.get()) {
                    append(n, experiments);
                    acknowledged.incrementAndGet();
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        String location = send(ports.get(0), HttpRequest.newBuilder(uri(ports.get(0), "/api/admin/projections/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody())).headers().firstValue("Location").orElseThrow();
        String status = "";
        while (!FINISHED.matcher(status).find()) {
            LockSupport.parkNanos(Benchmark.STATUS_POLL_NANOS);
            status = send(ports.get(1), HttpRequest.newBuilder(uri(ports.get(1), location)).GET()).body();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        writing.set(false);
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        if (!status.contains("\"finished\":true")) {
            throw new IllegalStateException("the rebuild did not finish: " + status);
        }
        Matcher total = TOTAL.matcher(status);
        long rebuilt = total.find() ? Long.parseLong(total.group(1)) : 0;
        long expect = expected.addAndGet(acknowledged.get());
        long waitFrom = System.nanoTime();
        boolean complete = false;
        while (!complete && System.nanoTime() - waitFrom < TimeUnit.MINUTES.toNanos(5)) {
            complete = true;
            for (int port : ports) {
                complete &= activities(port) == expect;
            }
            if (!complete) {
                LockSupport.parkNanos(50_000_000);
            }
        }
        return new RebuildUnderWrites(rebuilt / seconds, rebuilt, acknowledged.get(), complete,
                (System.nanoTime() - waitFrom) / 1e9);
    }

    /**
     * One activity appended through the client's instance. An instance that cannot reach the database for a moment
     * answers 503 with {@code Retry-After}; the client sends the same command again after it, under the same
     * {@code Idempotency-Key}, as the contract asks, so it is recorded once.
     */
    private void append(int client, List<String> experiments) throws IOException, InterruptedException {
        int port = ports.get(client % ports.size());
        String key = UUID.randomUUID().toString();
        while (true) {
            HttpResponse<String> response = http.send(authorised(HttpRequest.newBuilder(uri(port, "/api/experiments/"
                    + experiments.get(client % experiments.size()) + "/activities"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(Benchmark.ACTIVITY_JSON))), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 503) {
                checked(port, response);
                return;
            }
            unavailable.incrementAndGet();
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(seconds));
        }
    }

    /** How many times an instance answered 503 (database not reachable for a moment) and the client sent again. */
    long unavailableAnswers() {
        return unavailable.get();
    }

    private long activities(int port) throws IOException, InterruptedException {
        Matcher count = ACTIVITIES.matcher(send(port, HttpRequest.newBuilder(uri(port, "/api/views/progress")).GET()).body());
        if (!count.find()) {
            throw new IllegalStateException("no activity count in the progress view");
        }
        return Long.parseLong(count.group(1));
    }

    private int status(int port, String path) {
        try {
            return http.send(authorised(HttpRequest.newBuilder(uri(port, path)).GET()), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private HttpResponse<String> send(int port, HttpRequest.Builder request) throws IOException, InterruptedException {
        return checked(port, http.send(authorised(request), HttpResponse.BodyHandlers.ofString()));
    }

    /** The answer, unless it is not a success: then the harness stops, naming the instance and what it said. */
    private static HttpResponse<String> checked(int port, HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from port " + port + ": " + response.body());
        }
        return response;
    }

    private static HttpRequest authorised(HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        return request.header("Authorization", "Basic " + credentials).build();
    }

    private static URI uri(int port, String path) {
        return URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
