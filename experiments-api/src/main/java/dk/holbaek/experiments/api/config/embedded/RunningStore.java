package dk.holbaek.experiments.api.config.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where a running service's embedded database server listens, written beside the store's file
 * ({@code experiments.mv.port}) while the service holds the file, so that the command line can read the same store
 * through that server instead of opening the file the service has locked. Only the loopback address is used.
 */
public final class RunningStore {

    private static final int CONNECT_TIMEOUT_MS = 500;

    private RunningStore() {
    }

    static Path portFile(Path store) {
        return store.resolveSibling(store.getFileName() + ".port");
    }

    /** Says that the server for {@code store} listens on {@code port}. */
    static void announce(Path store, int port) throws IOException {
        Path file = portFile(store);
        Path written = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(written, Integer.toString(port), StandardCharsets.US_ASCII);
        try {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Withdraws the announcement, unless another server has announced itself since. */
    static void withdraw(Path store, int port) {
        Path file = portFile(store);
        try {
            if (Files.exists(file) && Files.readString(file, StandardCharsets.US_ASCII).strip()
                    .equals(Integer.toString(port))) {
                Files.delete(file);
            }
        } catch (IOException e) {
            // a stale file is harmless: nothing answers on its port once the service has stopped
        }
    }

    /** The port of a running server that holds {@code store}: announced and answering on loopback. */
    public static Optional<Integer> find(Path store) {
        Path file = portFile(store);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        int port;
        try {
            port = Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        if (port <= 0 || port > 65_535) {
            return Optional.empty();
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), CONNECT_TIMEOUT_MS);
            return Optional.of(port);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
