package dk.holbaek.experiments.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;

import dk.holbaek.experiments.api.ExperimentsApplication;
import dk.holbaek.experiments.api.config.embedded.RunningStore;
import dk.holbaek.experiments.api.ops.backup.Backup;
import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.LogActivity;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.query.programme.ProjectionRebuild;
import dk.holbaek.experiments.query.report.ReportSource;
import dk.holbaek.experiments.query.search.Search;
import dk.holbaek.experiments.query.programme.SearchTerms;

/**
 * Measures the service and the raw MongoDB driver in the same run, on the same embedded server and data: appends,
 * command latency as history grows, full replay, view queries, report generation and peak heap. Writes
 * {@code bench-results.json} and prints a table. Not a test: nothing here passes or fails.
 */
public final class Benchmark {

    private static final int CLIENTS = 8;
    /** Live and as of a moment: each reads the experiments' running totals (and, as of, the events after a checkpoint). */
    private static final int VIEW_QUERIES = 20;
    private static final int SEARCHES = 30;
    /** How often the harness asks a rebuild's status: 50 ms, a small part of a rebuild of 100k events or more. */
    static final long STATUS_POLL_NANOS = 50_000_000;
    static final String ACTIVITY_JSON = "{\"title\":\"Møde\",\"kind\":\"MEETING\",\"occurredOn\":\"2014-06-01\","
            + "\"channel\":\"PHYSICAL\",\"participants\":{\"total\":25}}";

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final AtomicLong peakHeapBytes = new AtomicLong();
    private final List<String[]> table = new ArrayList<>();
    /** HTTP/1.1 as the service speaks it: no upgrade attempt on every request. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private ConfigurableApplicationContext app;
    private int port;

    public static void main(String[] args) throws Exception {
        long maxEvents = Long.getLong("bench.maxEvents", 1_000_000);
        int soakMinutes = Integer.getInteger("bench.soakMinutes", 0);
        Path output = Path.of(System.getProperty("bench.output", "target/bench-results.json"));
        if (soakMinutes > 0) {
            new Benchmark().soak(Math.min(maxEvents, 100_000), soakMinutes, output);
        } else {
            new Benchmark().run(maxEvents, output);
        }
        System.exit(0);
    }

    /** The soak ({@link Soak}) on a programme grown to {@code events} first. */
    private void soak(long events, int minutes, Path output) throws Exception {
        Path data = Files.createTempDirectory("experiments-soak");
        try {
            app = start(data, "--server.forward-headers-strategy=native");
            Generator generator = new Generator(app.getBean(EventStore.class), app.getBean(Snapshotter.class));
            generator.growTo(events);
            waitUntilCaughtUp();
            record("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "java",
                    System.getProperty("java.version"), "maxHeapMb", Runtime.getRuntime().maxMemory() / (1 << 20)));
            record("soak.startEvents", generator.events());
            new Soak(results).run(app, data, generator.runningExperiments(), minutes, () -> {
                try {
                    write(output);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } finally {
            if (app != null) {
                app.close();
            }
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** Runs the measures on a data directory of its own, deleted afterwards: a million events leave 13 GB. */
    private void run(long maxEvents, Path output) throws Exception {
        Path data = Files.createTempDirectory("experiments-bench");
        try {
            measure(maxEvents, output, data);
        } finally {
            if (app != null) {
                app.close();
            }
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private void measure(long maxEvents, Path output, Path data) throws Exception {
        sampleHeap();
        app = start(data);
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        MongoDatabase database = app.getBean(MongoClient.class).getDatabase("experiments");
        Generator generator = new Generator(app.getBean(EventStore.class), app.getBean(Snapshotter.class));
        record("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "java",
                System.getProperty("java.version"), "maxHeapMb", Runtime.getRuntime().maxMemory() / (1 << 20),
                "server", "embedded mongo-java-server, H2 file backend, commit per write"));

        rawDriverWrites(database);
        boolean warm = false;
        String last = null;
        for (long size : sizes(maxEvents)) {
            long started = System.nanoTime();
            generator.growTo(generator.events() + (size - generator.events()) / 2);
            Instant midway = Instant.now();
            generator.growTo(size);
            double seconds = (System.nanoTime() - started) / 1e9;
            String at = label(size);
            last = at;
            waitUntilCaughtUp();
            if (!warm) {
                warmUp(generator.runningExperiments());
                warm = true;
            }
            record(at + ".events", generator.events());
            record(at + ".generatorEventsPerSecond", generator.events() / Math.max(seconds, 1e-9));
            commandLatency(at, generator.runningExperiments());
            throughput(at, generator.runningExperiments());
            viewsAndReport(at, midway);
            search(at, database);
            rawScan(at, database);
            backup(at, generator.events());
            replay(at, generator.events());
            record("peakHeapMb", peakHeapMb());
            write(output);
        }
        threeInstances(last, data, output, generator.runningExperiments());
        write(output);
        printTable();
    }

    /**
     * Two more service processes on this one's embedded database server: HTTP appends by eight clients spread over
     * the three, and a rebuild started on this one while the three take writes ({@link ThreeInstances}).
     */
    private void threeInstances(String at, Path data, Path output, List<String> experiments) throws Exception {
        waitUntilCaughtUp();
        int mongoPort = RunningStore.find(data.resolve("bench.mv"))
                .orElseThrow(() -> new IllegalStateException("the embedded server does not say where it listens"));
        try (ThreeInstances three = new ThreeInstances(port, mongoPort, output.toAbsolutePath().getParent())) {
            double rate = three.appends(experiments, 600);
            record(at + ".threeInstances.httpCommandsPerSecond.clients8", rate);
            row("HTTP, 8 clients over three instances, at " + at, "commands/s", rate);
            ThreeInstances.RebuildUnderWrites rebuild = three.rebuildUnderWrites(experiments);
            record(at + ".threeInstances.rebuildEventsPerSecond", rebuild.eventsPerSecond());
            record(at + ".threeInstances.rebuildEvents", rebuild.eventsRebuilt());
            record(at + ".threeInstances.writesDuringRebuild", rebuild.writesAcknowledged());
            record(at + ".threeInstances.everyWriteInTheViewsOfAllThree", rebuild.viewsComplete());
            record(at + ".threeInstances.secondsUntilViewsComplete", rebuild.secondsUntilComplete());
            row("rebuild while three instances take writes, at " + at, "events/s", rebuild.eventsPerSecond());
            row("activities acknowledged during that rebuild", "", rebuild.writesAcknowledged());
            row("then every one in the views of all three", "", rebuild.viewsComplete() ? 1 : 0);
            record(at + ".threeInstances.unavailableAnswersRetried", three.unavailableAnswers());
            row("503 answers (database away for a moment), sent again", "", three.unavailableAnswers());
        }
    }

    /** The service on the embedded file backend in {@code data}, with one administrator, {@code admin:admin}. */
    static ConfigurableApplicationContext start(Path data, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--experiments.mongodb.embedded.backend=file",
                "--experiments.mongodb.embedded.file=" + data.resolve("bench.mv"), "--logging.level.root=WARN",
                // each report made says how long its rows took to read and how long it took to build
                "--logging.level.dk.holbaek.experiments.query.report=INFO",
                // and each rebuild how long it folded and how long it took to empty and drop collections
                "--logging.level.dk.holbaek.experiments.query.programme.ProjectionRebuild=INFO",
                "--experiments.backup.directory=" + data.resolve("backups"),
                "--experiments.security.users[0].name=admin", "--experiments.security.users[0].password={noop}admin",
                "--experiments.security.users[0].roles[0]=ADMIN"));
        arguments.addAll(List.of(more));
        return SpringApplication.run(ExperimentsApplication.class, arguments.toArray(String[]::new));
    }

    /** After each size, so that what was measured survives a failure at a larger one. */
    private void write(Path output) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, json(results), StandardCharsets.UTF_8);
    }

    private void rawDriverWrites(MongoDatabase database) {
        MongoCollection<Document> scratch = database.getCollection("bench_raw");
        int singles = 2000;
        long started = System.nanoTime();
        for (int i = 0; i < singles; i++) {
            scratch.insertOne(commitLike(i));
        }
        double insertOne = singles / seconds(started);
        int many = 20_000;
        started = System.nanoTime();
        for (int batch = 0; batch < many / 1000; batch++) {
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                documents.add(commitLike(singles + batch * 1000 + i));
            }
            scratch.insertMany(documents);
        }
        double insertMany = many / seconds(started);
        scratch.drop();
        record("raw.insertOnePerSecond", insertOne);
        record("raw.insertManyDocumentsPerSecond", insertMany);
        row("raw driver insertOne", "documents/s", insertOne);
        row("raw driver insertMany", "documents/s", insertMany);
    }

    private static Document commitLike(long id) {
        return new Document("_id", id).append("aggregateIdentifier", "raw-" + id).append("firstSequenceNumber", 0L)
                .append("events", List.of(new Document("payload", "x".repeat(600))));
    }

    /**
     * Runs the measured paths once before the first size, so that the first size is not measured while the JIT
     * compiler is still at work: 300 commands through the gateway and 100 through HTTP, not recorded.
     */
    private void warmUp(List<String> experiments) throws Exception {
        CommandGateway gateway = app.getBean(CommandGateway.class);
        for (int i = 0; i < 300; i++) {
            gateway.sendAndWait(logActivity(experiments.get(i % experiments.size())));
        }
        parallel(CLIENTS, 100, httpActivity(experiments));
        waitUntilCaughtUp();
    }

    /**
     * Latency of {@code LogActivity} through the command gateway, one command at a time: on the same few experiments
     * at every size (staff at work on current experiments while the history grows), and on an experiment that is
     * not in memory (the aggregate cache emptied before each command, experiments spread over the whole history).
     */
    private void commandLatency(String at, List<String> experiments) {
        CommandGateway gateway = app.getBean(CommandGateway.class);
        Cache aggregates = app.getBean("aggregateCache", Cache.class);
        List<Long> current = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String experiment = experiments.get(i % Math.min(CLIENTS, experiments.size()));
            long started = System.nanoTime();
            gateway.sendAndWait(logActivity(experiment));
            current.add(System.nanoTime() - started);
        }
        percentiles(at, "commandLatencyMs", "command latency", current);
        List<Long> cold = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String experiment = experiments.get((int) ((long) i * experiments.size() / 100));
            aggregates.removeAll();
            long started = System.nanoTime();
            gateway.sendAndWait(logActivity(experiment));
            cold.add(System.nanoTime() - started);
        }
        percentiles(at, "coldCommandLatencyMs", "command latency, experiment not in memory,", cold);
    }

    private void percentiles(String at, String key, String what, List<Long> nanos) {
        Collections.sort(nanos);
        for (int percentile : new int[] {50, 95, 99}) {
            double millis = nanos.get(Math.min(nanos.size() - 1, nanos.size() * percentile / 100)) / 1e6;
            record(at + "." + key + ".p" + percentile, millis);
            row(what + " p" + percentile + " at " + at, "ms", millis);
        }
    }

    private void throughput(String at, List<String> experiments) throws Exception {
        CommandGateway gateway = app.getBean(CommandGateway.class);
        for (int clients : new int[] {1, CLIENTS}) {
            double gatewayRate = parallel(clients, 200, client -> () -> {
                gateway.sendAndWait(logActivity(experiments.get(client % experiments.size())));
                return null;
            });
            record(at + ".gatewayCommandsPerSecond.clients" + clients, gatewayRate);
            row("command gateway, " + clients + " client(s), at " + at, "commands/s", gatewayRate);
            double httpRate = parallel(clients, 200, httpActivity(experiments));
            record(at + ".httpCommandsPerSecond.clients" + clients, httpRate);
            row("HTTP, " + clients + " client(s), at " + at, "commands/s", httpRate);
        }
    }

    private interface Task {
        Callable<Void> forClient(int client);
    }

    /** Client n logs an activity on experiment n over HTTP. */
    private Task httpActivity(List<String> experiments) {
        return client -> () -> {
            post("/api/experiments/" + experiments.get(client % experiments.size()) + "/activities", ACTIVITY_JSON);
            return null;
        };
    }

    private static double parallel(int clients, int total, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long started = System.nanoTime();
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                futures.add(pool.submit(task.forClient(i % clients)));
            }
            for (Future<Void> future : futures) {
                future.get();
            }
            return total / seconds(started);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The broad-involvement view live and as of {@code midway} (the moment half of this size's events had been
     * appended), {@value #VIEW_QUERIES} requests each, then the report.
     */
    private void viewsAndReport(String at, Instant midway) throws Exception {
        viewQueries(at, "viewQueryMs", "/api/views/criteria/broad-involvement", "view query");
        viewQueries(at, "viewAsOfMs", "/api/views/criteria/broad-involvement?asOf=" + midway, "view as of midway");
        long started = System.nanoTime();
        app.getBean(ReportSource.class).report(LocalDate.of(2099, 1, 1), read -> { });
        record(at + ".reportSeconds", seconds(started));
        row("report (replay and build) at " + at, "s", seconds(started));
        // the live report as a reader asks for it, once per format: each is made and rendered afresh (the report
        // cache keeps one per log head and format)
        for (String format : List.of("json", "markdown", "html", "pdf")) {
            started = System.nanoTime();
            get("/api/reports/experience?format=" + format);
            record(at + ".reportHttpSeconds." + format, seconds(started));
            row("live report over HTTP, " + format + ", at " + at, "s", seconds(started));
        }
    }

    private void viewQueries(String at, String figure, String path, String label) throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < VIEW_QUERIES; i++) {
            long started = System.nanoTime();
            get(path);
            nanos.add(System.nanoTime() - started);
        }
        Collections.sort(nanos);
        record(at + "." + figure + ".p50", nanos.get(VIEW_QUERIES / 2) / 1e6);
        record(at + "." + figure + ".p95", nanos.get((int) Math.ceil(VIEW_QUERIES * 0.95) - 1) / 1e6);
        record(at + "." + figure + ".max", nanos.get(VIEW_QUERIES - 1) / 1e6);
        row(label + " p50 at " + at, "ms", nanos.get(VIEW_QUERIES / 2) / 1e6);
        row(label + " slowest of " + VIEW_QUERIES + " at " + at, "ms", nanos.get(VIEW_QUERIES - 1) / 1e6);
    }

    /**
     * {@code GET /api/search} over HTTP against the raw driver's query on the same index, for a query with few results
     * (one experiment's title), one with many (a word of every activity, capped at the search's limit) and one that
     * finds nothing (two words that never meet).
     */
    private void search(String at, MongoDatabase database) throws Exception {
        Document live = database.getCollection("view_generation").find(new Document("_id", "live")).first();
        MongoCollection<Document> index = database.getCollection("view_search"
                + (live == null ? "" : live.getString("suffix")));
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("few", "kommune 3 eksperiment 57");
        queries.put("many", "møde");
        queries.put("none", "møde kommune");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            String path = "/api/search?q=" + java.net.URLEncoder.encode(query.getValue(), StandardCharsets.UTF_8);
            List<String> terms = SearchTerms.query(query.getValue());
            List<Long> http = new ArrayList<>();
            List<Long> raw = new ArrayList<>();
            for (int i = 0; i < SEARCHES; i++) {
                long started = System.nanoTime();
                get(path);
                http.add(System.nanoTime() - started);
                started = System.nanoTime();
                try (MongoCursor<Document> found = index.find(new Document("terms", new Document("$all", terms))
                        .append("withdrawn", false)).limit(Search.MOST + 1).iterator()) {
                    while (found.hasNext()) {
                        found.next();
                    }
                }
                raw.add(System.nanoTime() - started);
            }
            Collections.sort(http);
            Collections.sort(raw);
            double httpMs = http.get(SEARCHES / 2) / 1e6;
            double rawMs = raw.get(SEARCHES / 2) / 1e6;
            record(at + ".searchMs." + query.getKey() + ".p50", httpMs);
            record(at + ".searchMs." + query.getKey() + ".rawDriverP50", rawMs);
            row("search \"" + query.getValue() + "\" p50 at " + at, "ms", httpMs);
            row("raw driver, same index query, p50 at " + at, "ms", rawMs);
        }
    }

    private void rawScan(String at, MongoDatabase database) {
        long started = System.nanoTime();
        long documents = 0;
        long events = 0;
        try (MongoCursor<Document> cursor = database.getCollection("commits").find().batchSize(1000).iterator()) {
            while (cursor.hasNext()) {
                events += cursor.next().getList("events", Document.class).size();
                documents++;
            }
        }
        double elapsed = seconds(started);
        record(at + ".raw.scanDocumentsPerSecond", documents / elapsed);
        record(at + ".raw.scanEventsPerSecond", events / elapsed);
        row("raw driver full scan of commits at " + at, "events/s", events / elapsed);
    }

    /**
     * A backup as an administrator takes it while the service runs ({@code POST /api/admin/backup}): the log as JSON
     * Lines with its digests and manifest, and the copy of the store's file; deleted after it is measured.
     */
    private void backup(String at, long generated) throws IOException {
        Backup backup = app.getBean(Backup.class);
        long started = System.nanoTime();
        Backup.Taken taken = backup.take(read -> { });
        double elapsed = seconds(started);
        long logBytes = Files.size(taken.directory().resolve(taken.manifest().events()));
        long storeBytes = taken.manifest().storeCopy() == null ? 0
                : Files.size(taken.directory().resolve(taken.manifest().storeCopy()));
        record(at + ".backupSeconds", elapsed);
        record(at + ".backupEventsPerSecond", generated / elapsed);
        record(at + ".backupLogMb", logBytes / 1e6);
        record(at + ".backupStoreCopyMb", storeBytes / 1e6);
        row("backup (log, digests, store copy) at " + at, "s", elapsed);
        row("backup: log as JSON Lines at " + at, "MB", logBytes / 1e6);
        row("backup: copy of the store's file at " + at, "MB", storeBytes / 1e6);
        try (Stream<Path> files = Files.walk(taken.directory())) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    /** The rebuild an administrator starts ({@code POST /api/admin/projections/rebuild}), until it reports its end. */
    private void replay(String at, long generated) {
        ProjectionRebuild rebuild = app.getBean(ProjectionRebuild.class);
        long started = System.nanoTime();
        String id = rebuild.start().id();
        // the status is read from the database: asked every millisecond, it would slow the rebuild it measures
        while (!rebuild.status(id).orElseThrow().finished()) {
            LockSupport.parkNanos(STATUS_POLL_NANOS);
        }
        double elapsed = seconds(started);
        record(at + ".replayEventsPerSecond", generated / elapsed);
        row("full replay of the views at " + at, "events/s", generated / elapsed);
    }

    private void waitUntilCaughtUp() {
        TrackingEventProcessor processor = app.getBean(EventProcessingConfiguration.class)
                .eventProcessor("programme-views", TrackingEventProcessor.class).orElseThrow();
        while (processor.processingStatus().isEmpty()
                || !processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp)) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    private static LogActivity logActivity(String experiment) {
        return new LogActivity(experiment, null, UUID.randomUUID().toString(), "Møde", ActivityKind.MEETING,
                LocalDate.of(2014, 6, 1), Channel.PHYSICAL, null, null, null, new Participants(25, Map.of(), 0, 0), 1, 1,
                List.of(), List.of(), null);
    }

    private void post(String path, String body) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private void get(String path) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET());
    }

    private void send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    private static List<Long> sizes(long maxEvents) {
        List<Long> sizes = new ArrayList<>();
        for (long size : new long[] {1_000, 100_000, 1_000_000}) {
            if (size <= maxEvents) {
                sizes.add(size);
            }
        }
        if (sizes.isEmpty() || sizes.get(sizes.size() - 1) < maxEvents) {
            sizes.add(maxEvents);
        }
        return sizes;
    }

    private static String label(long size) {
        return size >= 1_000_000 && size % 1_000_000 == 0 ? (size / 1_000_000) + "M"
                : size >= 1_000 && size % 1_000 == 0 ? (size / 1_000) + "k" : String.valueOf(size);
    }

    /** Samples the heap in use (live objects and garbage not yet collected) every 100 ms, on a daemon thread. */
    private void sampleHeap() {
        Thread sampler = new Thread(() -> {
            while (true) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peakHeapBytes.accumulateAndGet(used, Math::max);
                LockSupport.parkNanos(100_000_000);
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private long peakHeapMb() {
        return peakHeapBytes.get() / (1 << 20);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private void record(String name, Object value) {
        results.put(name, value);
    }

    /** A row of the table printed at the end, printed at once too: a run stopped before its end still shows it. */
    private void row(String what, String unit, double value) {
        table.add(new String[] {what, String.format("%.1f", value), unit});
        System.out.printf("measured: %-52s %14.1f  %s%n", what, value, unit);
    }

    private void printTable() {
        System.out.println();
        System.out.printf("%-52s %14s  %s%n", "measure", "value", "unit");
        for (String[] row : table) {
            System.out.printf("%-52s %14s  %s%n", row[0], row[1], row[2]);
        }
        System.out.println("peak heap: " + results.get("peakHeapMb") + " MB");
    }

    private static String json(Map<String, Object> values) {
        StringBuilder json = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            json.append("  \"").append(entry.getKey()).append("\": ").append(value(entry.getValue()));
            json.append(++i < values.size() ? ",\n" : "\n");
        }
        return json.append("}\n").toString();
    }

    private static String value(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder json = new StringBuilder("{");
            map.forEach((key, inner) -> json.append(json.length() > 1 ? ", " : "").append("\"").append(key).append("\": ")
                    .append(value(inner)));
            return json.append("}").toString();
        }
        if (value instanceof Double number) {
            return String.format(java.util.Locale.ROOT, "%.2f", number);
        }
        return value instanceof Number ? value.toString() : "\"" + value + "\"";
    }
}
