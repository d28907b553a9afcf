package dk.holbaek.experiments.api.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import dk.holbaek.experiments.api.durability.ToolProcess.Run;
import tools.jackson.databind.JsonNode;

/**
 * A backup taken through the API while eight writers write, restored elsewhere with the command line: the restored
 * log is the running log up to the backup's last position, line for line, and its report is the report of that
 * log byte for byte; the copy of the store's file opens and holds the same log. A damaged or cut-short backup is
 * refused with the line it broke on, and nothing is restored from it.
 */
class BackupRestoreTest {

    private static final int WRITERS = 8;

    @TempDir
    Path work;

    @Test
    void aBackupUnderEightWriters_restoresToTheLogUpToItsPosition_andTheSameReport() throws Exception {
        Path backups = work.resolve("backups");
        Path running = work.resolve("running.mv");
        JsonNode written;
        List<String> runningLog;
        try (ServiceProcess service = ServiceProcess.start(running, work.resolve("service.log"),
                "--experiments.backup.directory=" + backups)) {
            Http staff = Http.as(service.port(), "staff");
            Programme programme = new Programme(staff);
            List<String> experiments = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                experiments.add(programme.runningExperiment("Eksperiment med sikkerhedskopi " + (i + 1)));
            }
            ActivityWriters writers = ActivityWriters.start(staff, experiments, WRITERS);
            await("writes under way").atMost(Duration.ofSeconds(30)).until(() -> writers.acknowledged().size() >= 40);

            Http.Response backup = Http.as(service.port(), "admin").post("/api/admin/backup", "");
            int atBackup = writers.acknowledged().size();
            await("writes after the backup").atMost(Duration.ofSeconds(30))
                    .until(() -> writers.acknowledged().size() >= atBackup + 20);
            writers.stop();
            assertThat(writers.refused()).as("no write refused while the backup was taken").isEmpty();
            assertThat(backup.status()).as(backup.body()).isEqualTo(201);
            assertThat(Http.as(service.port(), "staff").post("/api/admin/backup", "").status()).isEqualTo(403);
            written = backup.json();
            runningLog = Http.as(service.port(), "admin").get("/api/admin/events/export").body().lines().toList();
        }
        Path directory = Path.of(written.get("directory").asString());
        JsonNode manifest = written.get("manifest");
        int events = manifest.get("eventCount").asInt();
        List<String> backedUp = Files.readAllLines(directory.resolve("events.jsonl"));
        assertThat(backedUp).hasSize(events);
        assertThat(runningLog.size()).as("the writers went on after the backup").isGreaterThan(events);
        assertThat(backedUp).as("the backup is the log up to its position").isEqualTo(runningLog.subList(0, events));
        assertThat(manifest.get("sha256").asString()).hasSize(64);
        assertThat(manifest.get("lastPosition").asLong()).isPositive();

        Path restored = work.resolve("restored.mv");
        Run restore = ToolProcess.run("restore", "--in", directory.toString(), "--experiments.mongodb.embedded.file=" + restored);
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Restored " + events + " events");
        Run restoredExport = ToolProcess.run("export", "--out", work.resolve("restored.jsonl").toString(),
                "--experiments.mongodb.embedded.file=" + restored);
        assertThat(restoredExport.exitCode()).as(restoredExport.output()).isZero();
        assertThat(Files.readAllLines(work.resolve("restored.jsonl"))).as("the restored log").isEqualTo(backedUp);

        Path prefix = work.resolve("prefix.jsonl");
        Files.write(prefix, runningLog.subList(0, events));
        Path fromPrefix = work.resolve("prefix.mv");
        Run imported = ToolProcess.run("import", "--in", prefix.toString(), "--experiments.mongodb.embedded.file=" + fromPrefix);
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(report(restored)).as("the report from the restored store, byte for byte")
                .isEqualTo(report(fromPrefix));

        Path store = work.resolve("store-copy.mv");
        unzipOnlyEntry(directory.resolve(manifest.get("storeCopy").asString()), store);
        Run storeExport = ToolProcess.run("export", "--out", work.resolve("store-copy.jsonl").toString(),
                "--experiments.mongodb.embedded.file=" + store);
        assertThat(storeExport.exitCode()).as(storeExport.output()).isZero();
        List<String> inStoreCopy = Files.readAllLines(work.resolve("store-copy.jsonl"));
        assertThat(inStoreCopy.size()).as("the store's copy was taken just after the log's").isGreaterThanOrEqualTo(events);
        assertThat(inStoreCopy).as("the copy of the store's file holds the running log").isEqualTo(
                runningLog.subList(0, inStoreCopy.size()));
    }

    @Test
    void aDamagedOrCutShortBackup_isRefusedWithTheLineItBrokeOn_andNothingIsRestored() throws Exception {
        Path source = work.resolve("source.mv");
        Path good = work.resolve("good");
        try (ServiceProcess service = ServiceProcess.start(source, work.resolve("service.log"),
                "--experiments.demo.enabled=true")) {
            Run whileRunning = ToolProcess.run("backup", "--out", good.toString(),
                    "--experiments.mongodb.embedded.file=" + source);
            assertThat(whileRunning.exitCode()).isEqualTo(1);
            assertThat(whileRunning.output().strip()).as("one sentence, no trace").startsWith(
                    "The store's file is in use by the running service").contains("POST /api/admin/backup")
                    .doesNotContain("Exception", "\tat ");
            service.stop();
        }
        Run backup = ToolProcess.run("backup", "--out", good.toString(), "--experiments.mongodb.embedded.file=" + source);
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(backup.output()).contains("Backed up 80 events to " + good, "with a copy of the store's file");

        Path damaged = copy(good, work.resolve("damaged"));
        List<String> lines = new ArrayList<>(Files.readAllLines(damaged.resolve("events.jsonl")));
        int activity = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("\"participants\":{\"total\":"))
                .findFirst().orElseThrow();
        lines.set(activity, lines.get(activity).replace("\"participants\":{\"total\":", "\"participants\":{\"total\":9"));
        Files.write(damaged.resolve("events.jsonl"), lines);
        Path cut = copy(good, work.resolve("cut"));
        byte[] whole = Files.readAllBytes(cut.resolve("events.jsonl"));
        int end = whole.length / 2;
        while (whole[end - 1] == '\n') {
            end--; // cut inside a line
        }
        Files.write(cut.resolve("events.jsonl"), Arrays.copyOf(whole, end));

        Path target = work.resolve("target.mv");
        Run refusedDamaged = ToolProcess.run("restore", "--in", damaged.toString(), "--experiments.mongodb.embedded.file=" + target);
        Run refusedCut = ToolProcess.run("restore", "--in", cut.toString(), "--experiments.mongodb.embedded.file=" + target);
        Run restored = ToolProcess.run("restore", "--in", good.toString(), "--experiments.mongodb.embedded.file=" + target);

        assertThat(refusedDamaged.exitCode()).isEqualTo(1);
        assertThat(refusedDamaged.output()).contains("Line " + (activity + 1) + " of events.jsonl is not as it was "
                + "backed up", "Nothing was restored.");
        int cutAt = new String(whole, 0, end, StandardCharsets.UTF_8).split("\n", -1).length;
        assertThat(refusedCut.exitCode()).isEqualTo(1);
        assertThat(refusedCut.output()).contains("Line " + cutAt + " of events.jsonl is not as it was backed up",
                "Nothing was restored.");
        assertThat(restored.exitCode()).as("the store stayed empty: " + restored.output()).isZero();
        assertThat(restored.output()).contains("Restored 80 events");
    }

    private String report(Path store) throws Exception {
        Path out = store.resolveSibling(store.getFileName() + ".report.json");
        Run report = ToolProcess.run("report", "--format", "json", "--lang", "da", "--out", out.toString(),
                "--experiments.mongodb.embedded.file=" + store);
        assertThat(report.exitCode()).as(report.output()).isZero();
        return Files.readString(out);
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static void unzipOnlyEntry(Path zip, Path to) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry).as("the store's file in the zip").isNotNull();
            Files.copy(in, to);
            assertThat(in.getNextEntry()).isNull();
        }
    }
}
