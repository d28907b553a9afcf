package dk.holbaek.experiments.api.config.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipOutputStream;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The embedded server's H2 file backend, made durable per write: the stock backend commits its file about once
 * a second, so a {@code kill -9} right after an acknowledged insert could lose it. Here every write command
 * commits before it is acknowledged.
 *
 * <p>Old versions of the store's pages are kept for {@link #RETENTION_MILLIS} (H2's default is 45 seconds): a query
 * reads the version that was current when it began, and one that reads a large collection (a view over a million
 * rows) can take longer than that; with the default it failed with "Chunk … not found" once the store had reused
 * the pages it was reading.
 */
class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    static final int RETENTION_MILLIS = 10 * 60 * 1000;

    DurableH2Backend(String fileName) {
        super(fileName);
        getMvStore().setRetentionTime(RETENTION_MILLIS);
    }

    /**
     * A consistent copy of the store's file into a zip file, taken by the store itself while it runs: it writes no
     * page into space the copy still reads (H2's online backup).
     */
    void backupTo(Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            getMvStore().getFileStore().backup(out);
        }
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document response = super.handleCommand(channel, databaseName, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase())) {
            commit();
        }
        return response;
    }
}
