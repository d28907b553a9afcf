package dk.holbaek.experiments.api.ops.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongConsumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dk.holbaek.experiments.api.ops.transfer.EventLog;

/**
 * A backup taken while the service runs, and its restore into an empty store. A backup is a directory: the event
 * log as JSON Lines ({@value #EVENTS}, the whole log as it stood when the backup began, whatever is written
 * meanwhile), a digest of each of its lines ({@value #LINES}), its manifest ({@value #MANIFEST}: events, last
 * position, size and SHA-256 of the file) and, on the embedded store, a copy of the store's file ({@value #STORE}).
 * A restore checks the file against its manifest and its line digests before it imports anything, and names the
 * first line that is not as it was written.
 */
@Component
public class Backup {

    static final String EVENTS = "events.jsonl";
    static final String LINES = "events.jsonl.sha256";
    static final String MANIFEST = "manifest.json";
    static final String STORE = "store.zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'")
            .withZone(ZoneOffset.UTC);

    /** What a backup holds; written as its manifest. */
    public record Manifest(int format, Instant takenAt, String events, long eventCount, Long lastPosition, long bytes,
                           String sha256, String lineDigests, String storeCopy) {
    }

    /** A backup that was taken: where, and its manifest. */
    public record Taken(Path directory, Manifest manifest) {
    }

    private final EventLog eventLog;
    private final ObjectProvider<StoreCopy> storeCopy;
    private final Clock clock;
    private final Path directory;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    Backup(EventLog eventLog, ObjectProvider<StoreCopy> storeCopy, Clock clock,
           @Value("${experiments.backup.directory:./backups}") String directory) {
        this.eventLog = eventLog;
        this.storeCopy = storeCopy;
        this.clock = clock;
        this.directory = Path.of(directory);
    }

    /** Takes a backup into a new directory, named by the time, under the configured backup directory. */
    public Taken take(LongConsumer progress) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Path into = directory.resolve(STAMP.format(now));
        for (int n = 2; Files.exists(into); n++) {
            into = directory.resolve(STAMP.format(now) + "-" + n);
        }
        return take(into, progress);
    }

    /** Takes a backup into {@code into}, which must not exist yet or be empty. */
    public Taken take(Path into, LongConsumer progress) {
        try {
            Files.createDirectories(into);
            try (var entries = Files.list(into)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(into + " is not empty; a backup goes into a new directory");
                }
            }
            Instant takenAt = clock.instant();
            MessageDigest file = sha256();
            MessageDigest lines = sha256();
            EventLog.Exported exported;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(into.resolve(EVENTS)), file);
                 BufferedWriter events = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                 BufferedWriter digests = Files.newBufferedWriter(into.resolve(LINES), StandardCharsets.UTF_8)) {
                exported = eventLog.export(events, progress, line -> {
                    try {
                        digests.write(lineDigest(lines, line));
                        digests.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            String store = null;
            StoreCopy copy = storeCopy.getIfAvailable();
            if (copy != null) {
                copy.writeTo(into.resolve(STORE));
                store = STORE;
            }
            Manifest manifest = new Manifest(1, takenAt, EVENTS, exported.events(), exported.lastPosition(),
                    Files.size(into.resolve(EVENTS)), HexFormat.of().formatHex(file.digest()), LINES, store);
            json.writeValue(into.resolve(MANIFEST).toFile(), manifest);
            return new Taken(into, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup into " + into + ": " + e.getMessage(), e);
        }
    }

    /**
     * Restores a backup (its directory) into an empty store: checks the events file against the manifest and its
     * line digests first, then imports it through the same gate as any import. Answers how many events it restored.
     */
    public long restore(Path backup, LongConsumer progress) {
        verify(backup);
        return eventLog.importInto(backup.resolve(EVENTS), progress);
    }

    /** Refuses a backup whose events file is not, byte for byte, the one its manifest describes. */
    public Manifest verify(Path backup) {
        Manifest manifest = manifest(backup);
        Path events = backup.resolve(manifest.events() == null ? EVENTS : manifest.events());
        if (!Files.isRegularFile(events)) {
            throw new DamagedBackupException("The backup has no " + events.getFileName() + ".");
        }
        List<String> expected = lineDigests(backup, manifest);
        MessageDigest whole = sha256();
        MessageDigest each = sha256();
        long number = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(events), whole);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number > expected.size()) {
                    throw new DamagedBackupException("Line " + number + " of " + events.getFileName() + " was not in "
                            + "the backup, which has " + expected.size() + " lines.");
                }
                if (!lineDigest(each, line).equals(expected.get((int) number - 1))) {
                    throw new DamagedBackupException("Line " + number + " of " + events.getFileName() + " is not as it "
                            + "was backed up (damaged" + (number == expected.size() ? " or cut short" : "") + ").");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + events + ": " + e.getMessage(), e);
        }
        if (number < expected.size()) {
            throw new DamagedBackupException(events.getFileName() + " ends after line " + number + "; the backup has "
                    + expected.size() + " lines (the file is cut short).");
        }
        String sha = HexFormat.of().formatHex(whole.digest());
        if (number != manifest.eventCount() || !sha.equals(manifest.sha256())) {
            throw new DamagedBackupException(events.getFileName() + " does not match its manifest: " + number
                    + " lines and SHA-256 " + sha + ", the manifest says " + manifest.eventCount() + " and "
                    + manifest.sha256() + ".");
        }
        return manifest;
    }

    private Manifest manifest(Path backup) {
        Path file = backup.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new DamagedBackupException("No " + MANIFEST + " in " + backup + "; give the backup's directory.");
        }
        try {
            return json.readValue(file.toFile(), Manifest.class);
        } catch (IOException e) {
            throw new DamagedBackupException("The backup's " + MANIFEST + " cannot be read: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private static List<String> lineDigests(Path backup, Manifest manifest) {
        Path file = backup.resolve(manifest.lineDigests() == null ? LINES : manifest.lineDigests());
        try {
            List<String> digests = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (digests.size() != manifest.eventCount()) {
                throw new DamagedBackupException("The backup's " + file.getFileName() + " has " + digests.size()
                        + " lines, the manifest says " + manifest.eventCount() + " events.");
            }
            return digests;
        } catch (IOException e) {
            throw new DamagedBackupException("The backup's " + file.getFileName() + " cannot be read.");
        }
    }

    /** The first 16 hexadecimal digits of the line's SHA-256: enough to tell a damaged line, 17 bytes a line. */
    private static String lineDigest(MessageDigest digest, String line) {
        return HexFormat.of().formatHex(digest.digest(line.getBytes(StandardCharsets.UTF_8)), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java without SHA-256", e);
        }
    }

    /** A backup that is not as it was written; nothing is restored from it. */
    public static class DamagedBackupException extends RuntimeException {

        DamagedBackupException(String message) {
            super(message);
        }
    }
}
