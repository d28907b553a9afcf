package dk.holbaek.experiments.api.config.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.zip.ZipOutputStream;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import dk.holbaek.experiments.query.programme.StorageFull;
import io.netty.channel.Channel;

/**
 * The embedded server's H2 file backend, made durable per write: the stock backend commits its file about once
 * a second, so a {@code kill -9} right after an acknowledged insert could lose it. Here every write command
 * commits before it is acknowledged. Writes are refused while the disk has less free space than a reserve
 * ({@code experiments.mongodb.embedded.reserve}).
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

    private final long reserveBytes;
    private final LongSupplier usableSpace;

    /** Refuses writes while the disk of {@code fileName} has less than {@code reserveBytes} free. */
    DurableH2Backend(String fileName, long reserveBytes) {
        this(fileName, reserveBytes, () -> usableSpace(Path.of(fileName)));
    }

    DurableH2Backend(String fileName, long reserveBytes, LongSupplier usableSpace) {
        super(fileName);
        this.reserveBytes = reserveBytes;
        this.usableSpace = usableSpace;
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

    /**
     * A write is refused, before it touches the store, while the disk has less free space than the reserve: the
     * store cannot fail half-way through writing its file (H2 closes a store whose write failed, after which even
     * reads fail until a restart). The refusal is MongoDB's own for a full disk (14031, OutOfDiskSpace).
     */
    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        boolean write = WRITE_COMMANDS.contains(command.toLowerCase());
        if (write) {
            long free = usableSpace.getAsLong();
            if (free < reserveBytes) {
                throw new MongoServerError(StorageFull.OUT_OF_DISK_SPACE, "OutOfDiskSpace", "Only " + megabytes(free)
                        + " MB are free on the disk of the data file; writes wait until " + megabytes(reserveBytes)
                        + " MB are free");
            }
        }
        Document response = super.handleCommand(channel, databaseName, command, query);
        if (write) {
            commit();
        }
        return response;
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static long usableSpace(Path file) {
        try {
            return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // no answer from the file system: the write itself will tell
        }
    }
}
