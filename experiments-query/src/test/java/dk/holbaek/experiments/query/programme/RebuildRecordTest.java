package dk.holbaek.experiments.query.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The shared record of the views' rebuild: one at a time across instances, taken over only from a dead instance. */
class RebuildRecordTest {

    private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");

    @RegisterExtension
    final InMemoryMongo database = new InMemoryMongo();
    private RebuildRecord record;

    @BeforeEach
    void start() {
        record = new RebuildRecord(new MongoTemplate(database.client(), "experiments"));
    }

    @Test
    void whileOneRebuildRuns_anotherInstanceCannotClaimOne_butReadsItsProgress() {
        assertThat(record.claim("r1", "instance-a", NOON)).isTrue();
        record.progress("r1", 5000, null, NOON.plusSeconds(10));

        assertThat(record.claim("r2", "instance-b", NOON.plusSeconds(20))).isFalse();
        RebuildRecord.Entry entry = record.read().orElseThrow();
        assertThat(entry.status().id()).isEqualTo("r1");
        assertThat(entry.owner()).isEqualTo("instance-a");
        assertThat(entry.status().eventsDone()).isEqualTo(5000);
        assertThat(entry.runningAt(NOON.plusSeconds(20))).isTrue();
    }

    @Test
    void aFinishedRebuild_leavesTheClaimFree_andSaysHowItEnded() {
        record.claim("r1", "instance-a", NOON);
        record.finish("r1", 7000, 7000L, null, NOON.plusSeconds(30));

        RebuildRecord.Entry ended = record.read().orElseThrow();
        assertThat(ended.status().finished()).isTrue();
        assertThat(ended.runningAt(NOON.plusSeconds(31))).isFalse();
        assertThat(record.claim("r2", "instance-b", NOON.plusSeconds(40))).isTrue();
        assertThat(record.read().orElseThrow().status().eventsDone()).isZero();
    }

    @Test
    void aRebuildWhoseInstanceDied_isTakenOverOnceItHasNotMovedForAMinute() {
        record.claim("r1", "instance-a", NOON);
        record.progress("r1", 100, null, NOON.plusSeconds(5));

        assertThat(record.claim("r2", "instance-b", NOON.plusSeconds(60))).isFalse();
        assertThat(record.claim("r2", "instance-b", NOON.plusSeconds(66))).isTrue();
        assertThat(record.read().orElseThrow().owner()).isEqualTo("instance-b");
    }
}
