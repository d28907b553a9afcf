package dk.holbaek.experiments.api.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reviewed files in {@code src/test/resources/golden} that rendered reports are compared with byte for byte.
 * After a deliberate change, regenerate them with {@code -Dgolden.update=true} and review the difference like code.
 */
public final class Golden {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    /** The reviewed content of {@code name}; with {@code golden.update}, {@code rendered} is written there first. */
    public static String file(String name, String rendered) throws IOException {
        Path file = DIRECTORY.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
