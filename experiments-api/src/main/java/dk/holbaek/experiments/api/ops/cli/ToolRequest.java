package dk.holbaek.experiments.api.ops.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * One command of the analysts' command line, as parsed (picocli) before anything starts: a mistyped option or a
 * missing value is an error with usage and exit code 2, {@code --help} prints the usage, and neither opens the store.
 */
public sealed interface ToolRequest {

    /** {@code -h}, {@code --help} on every command. */
    final class Help {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "shows this help")
        boolean requested;
    }

    @Command(name = "export", description = "Writes the whole event log as JSON Lines, one event a line.")
    final class Export implements ToolRequest {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
        Path out;
        @Mixin
        Help help;
    }

    @Command(name = "import", description = "Imports a JSON Lines event log into an empty store, through the "
            + "same checks as the commands; a file with any bad line is refused whole.")
    final class Import implements ToolRequest {
        @Option(names = "--in", required = true, paramLabel = "FILE", description = "the file to read")
        Path in;
        @Mixin
        Help help;
    }

    @Command(name = "backup", description = "Writes a backup: the log, its line digests, a manifest and, on the "
            + "embedded store, a copy of the store's file. While the service runs, use POST /api/admin/backup.")
    final class Backup implements ToolRequest {
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "a new or empty directory")
        Path out;
        @Mixin
        Help help;
    }

    @Command(name = "restore", description = "Restores a backup into an empty store, after checking it against its "
            + "manifest and line digests.")
    final class Restore implements ToolRequest {
        @Option(names = "--in", required = true, paramLabel = "DIR", description = "the backup's directory")
        Path in;
        @Mixin
        Help help;
    }

    @Command(name = "report", description = "Writes the experience report for the city council.")
    final class Report implements ToolRequest {
        @Option(names = "--as-of", paramLabel = "DATE", description = "the day the report is as of, like 2015-12-31, "
                + "or an instant, like 2015-06-30T12:00:00Z (default: the day of the last recorded event)")
        String asOf;
        @Option(names = "--lang", paramLabel = "da|en", defaultValue = "da", description = "the language (default: da)")
        String lang;
        @Option(names = "--format", paramLabel = "pdf|html|markdown|json", defaultValue = "pdf",
                description = "the format (default: pdf)")
        String format;
        @Option(names = "--out", paramLabel = "FILE", description = "the file to write (default: "
                + "erfaringsrapport.<format> here)")
        Path out;
        @Mixin
        Help help;
    }
}
