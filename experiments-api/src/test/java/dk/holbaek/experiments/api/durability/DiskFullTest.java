package dk.holbaek.experiments.api.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import tools.jackson.databind.JsonNode;

/**
 * The embedded store on a small file system of its own (a 160 MB tmpfs, mounted by the test; it needs root, as CI
 * has, and is skipped where the machine cannot mount one; {@code DurableH2BackendTest} covers the same refusal with
 * the free space told to the store), filled by a ballast file and then by eight writers: writes are refused with 507
 * and a problem detail, nothing acknowledged is lost, reads go on; once the ballast is deleted writes work again, and
 * after a restart the data file opens with every acknowledged activity.
 */
class DiskFullTest {

    private static final Logger logger = LoggerFactory.getLogger(DiskFullTest.class);
    private static final int WRITERS = 8;
    /** The store's reserve (64 MB by default) and some room to write in before it is reached. */
    private static final long LEFT_FREE = (64L + 24L) << 20;

    @TempDir
    Path work;

    private Path mount;

    @BeforeEach
    void mountASmallFileSystem() throws Exception {
        mount = Files.createDirectories(work.resolve("small"));
        Process mounting = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=160m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        String said = new String(mounting.getInputStream().readAllBytes());
        assumeTrue(mounting.waitFor() == 0, "cannot mount a small file system here: " + said.strip());
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor();
        }
    }

    @Test
    void theDiskFills_writesAre507_readsGoOn_nothingAcknowledgedIsLost_andWritesResumeOnceSpaceIsFreed() throws Exception {
        Path store = mount.resolve("experiments.mv");
        Path ballast = mount.resolve("ballast");
        Path log = work.resolve("service.log");
        List<String> acknowledged = new ArrayList<>();
        List<String> experiments = new ArrayList<>();
        List<Http.Response> refused;
        Http.Response readWhileFull;
        Http.Response viewWhileFull;
        try (ServiceProcess service = ServiceProcess.start(store, log)) {
            Http staff = Http.as(service.port(), "staff");
            Programme programme = new Programme(staff);
            for (int i = 0; i < 4; i++) {
                experiments.add(programme.runningExperiment("Eksperiment på en lille disk " + (i + 1)));
            }
            fillLeaving(ballast, LEFT_FREE);

            ActivityWriters writers = ActivityWriters.start(staff, experiments, WRITERS);
            await("the disk to fill").atMost(Duration.ofMinutes(3)).until(() -> writers.refused().size() >= 3 * WRITERS);
            readWhileFull = staff.get("/api/experiments/" + experiments.get(0));
            viewWhileFull = Http.as(service.port(), "analyst").get("/api/views/progress");
            writers.stop();
            acknowledged.addAll(writers.acknowledged());
            refused = writers.refused();

            Files.delete(ballast);
            Http.Response afterFreeing = staff.post("/api/experiments/" + experiments.get(0) + "/activities",
                    Programme.activity("2014-04-02"));
            assertThat(afterFreeing.status()).as("a write once space is freed: " + afterFreeing.body()).isEqualTo(201);
            acknowledged.add(afterFreeing.json().get("activityId").asString());
            service.stop();
        }
        logger.info("Disk full: {} acknowledged, {} refused", acknowledged.size(), refused.size());

        assertThat(refused).as("every write acknowledged or refused as disk full").allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(507);
            assertThat(answer.json().get("type").asString()).isEqualTo("urn:experiments:problem:storage-full");
        });
        assertThat(readWhileFull.status()).as("reading an experiment while the disk is full").isEqualTo(200);
        assertThat(viewWhileFull.status()).as("a view while the disk is full").isEqualTo(200);

        try (ServiceProcess restarted = ServiceProcess.start(store, log)) {
            Http staff = Http.as(restarted.port(), "staff");
            List<String> logged = new ArrayList<>();
            for (String experiment : experiments) {
                for (JsonNode event : staff.get("/api/experiments/" + experiment + "/history").json()) {
                    if ("ActivityLogged".equals(event.get("type").asString())) {
                        logged.add(event.get("payload").get("activityId").asString());
                    }
                }
            }
            assertThat(logged).as("every acknowledged activity, once, after a restart").doesNotHaveDuplicates()
                    .containsAll(acknowledged);
            await("the views after the restart").atMost(Duration.ofSeconds(60)).until(() ->
                    staff.get("/api/experiments").json().valueStream().filter(row -> experiments.contains(
                            row.get("id").asString())).mapToLong(row -> row.get("activityCount").asLong()).sum()
                            == logged.size());
        }
    }

    /** A ballast file that leaves {@code free} bytes of the small file system free. */
    private static void fillLeaving(Path ballast, long free) throws IOException {
        long usable = Files.getFileStore(ballast.getParent()).getUsableSpace();
        try (RandomAccessFile file = new RandomAccessFile(ballast.toFile(), "rw")) {
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < usable - free; written += block.length) {
                file.write(block, 0, (int) Math.min(block.length, usable - free - written));
            }
        }
    }
}
