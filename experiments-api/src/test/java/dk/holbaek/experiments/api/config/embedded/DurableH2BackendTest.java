package dk.holbaek.experiments.api.config.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;
import dk.holbaek.experiments.query.programme.StorageFull;

/**
 * The embedded store's disk runs short (the free space is told to it here; {@code DiskFullTest} fills a real small
 * file system): writes are refused as MongoDB refuses them on a full disk, before they touch the store, reads go on,
 * writes work again once space is freed, and the file opens cleanly afterwards.
 */
class DurableH2BackendTest {

    private static final long RESERVE = 64L << 20;

    @TempDir
    Path work;

    @Test
    void belowTheReserve_writesAreRefusedAsOutOfDiskSpace_readsGoOn_andWritesResumeWhenSpaceIsFreed() {
        String file = work.resolve("store.mv").toString();
        AtomicLong free = new AtomicLong(RESERVE * 10);
        MongoServer server = new MongoServer(new DurableH2Backend(file, RESERVE, free::get));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> commits = client.getDatabase("experiments").getCollection("commits");
            commits.insertOne(new Document("_id", 1L).append("events", "first"));

            free.set(RESERVE - 1);
            MongoException refused = catchThrowableOfType(MongoException.class,
                    () -> commits.insertOne(new Document("_id", 2L).append("events", "second")));

            assertThat(refused.getCode()).isEqualTo(StorageFull.OUT_OF_DISK_SPACE);
            assertThat(StorageFull.causes(refused)).isTrue();
            assertThat(refused.getMessage()).contains("writes wait until 64 MB are free");
            assertThat(commits.countDocuments()).as("nothing of the refused write, and reads go on").isEqualTo(1);

            free.set(RESERVE);
            commits.insertOne(new Document("_id", 3L).append("events", "third"));
            assertThat(commits.countDocuments()).isEqualTo(2);
        } finally {
            server.shutdownNow();
        }

        MongoServer reopened = new MongoServer(new DurableH2Backend(file, RESERVE, () -> Long.MAX_VALUE));
        try (MongoClient client = MongoClients.create(reopened.bindAndGetConnectionString())) {
            assertThat(client.getDatabase("experiments").getCollection("commits").find().map(d -> d.getLong("_id"))
                    .into(new java.util.ArrayList<>())).containsExactly(1L, 3L);
        } finally {
            reopened.shutdownNow();
        }
    }
}
