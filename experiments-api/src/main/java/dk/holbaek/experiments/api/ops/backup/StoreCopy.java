package dk.holbaek.experiments.api.ops.backup;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A copy of the embedded store's data file, taken through the store itself while it runs (there is one only when
 * the service runs on the embedded file backend; a real MongoDB is copied with its own tools, see
 * docs/operations.md).
 */
public interface StoreCopy {

    /** Writes the store's file into the zip file {@code to}. */
    void writeTo(Path to) throws IOException;
}
