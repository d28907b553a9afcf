package dk.holbaek.experiments.api.ops.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Reads the command line: the command and its options for picocli, and the service's own settings
 * ({@code --experiments.mongodb.embedded.file=…}, any {@code --name.with.dots=value}) for Spring.
 */
public final class ToolLine {

    private static final Map<String, Class<? extends ToolRequest>> COMMANDS = Map.of("export", ToolRequest.Export.class,
            "import", ToolRequest.Import.class, "backup", ToolRequest.Backup.class, "restore", ToolRequest.Restore.class,
            "report", ToolRequest.Report.class);

    /** What was asked: a request to run with the settings for Spring, or none and the exit code (help, an error). */
    public record Parsed(ToolRequest request, String[] settings, int exitCode) {
    }

    private ToolLine() {
    }

    public static boolean isCommand(String word) {
        return COMMANDS.containsKey(word);
    }

    public static Parsed parse(String[] args, PrintWriter out, PrintWriter err) {
        List<String> options = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            (isSetting(args[i]) ? settings : options).add(args[i]);
        }
        ToolRequest request;
        try {
            request = COMMANDS.get(args[0]).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A command without a public way to make it: " + args[0], e);
        }
        CommandLine line = new CommandLine(request).setOut(out).setErr(err);
        try {
            line.parseArgs(options.toArray(String[]::new));
        } catch (ParameterException e) {
            err.println(e.getMessage());
            line.usage(err);
            err.flush();
            return new Parsed(null, null, 2);
        }
        if (line.isUsageHelpRequested()) {
            line.usage(out);
            out.flush();
            return new Parsed(null, null, 0);
        }
        return new Parsed(request, settings.toArray(String[]::new), 0);
    }

    /** {@code --experiments.mongodb.embedded.file=…}: a setting of the service, not an option of the command. */
    private static boolean isSetting(String arg) {
        if (!arg.startsWith("--")) {
            return false;
        }
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
        return name.contains(".");
    }
}
