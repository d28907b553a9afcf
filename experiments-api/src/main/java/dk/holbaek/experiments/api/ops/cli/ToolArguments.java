package dk.holbaek.experiments.api.ops.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The analysts' command line: {@code <command> --name value} or {@code --name=value}. */
record ToolArguments(String command, Map<String, String> options) {

    static ToolArguments parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument '" + arg + "'; options start with --");
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals >= 0) {
                options.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "true");
            }
        }
        return new ToolArguments(args[0], options);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    String required(String name) {
        return option(name).orElseThrow(() -> new IllegalArgumentException("'" + command + "' needs --" + name));
    }
}
