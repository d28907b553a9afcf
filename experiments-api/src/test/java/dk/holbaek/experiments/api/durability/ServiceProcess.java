package dk.holbaek.experiments.api.durability;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dk.holbaek.experiments.api.ExperimentsApplication;
import dk.holbaek.experiments.api.Http;

/** The service as a real operating-system process on the embedded file backend, to be stopped or killed. */
final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The tests' configuration: among others, the users staff, steering, analyst and admin (names as passwords). */
    static final String TEST_CONFIGURATION = "--spring.profiles.active=test";

    /** With the tests' configuration and users. */
    static ServiceProcess start(Path dataFile, Path log, String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of(extraArguments));
        arguments.add(TEST_CONFIGURATION);
        return startAsConfigured(dataFile, log, arguments.toArray(String[]::new));
    }

    /** As an operator would start it: the service's own configuration, no users unless the arguments name some. */
    static ServiceProcess startAsConfigured(Path dataFile, Path log, String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--experiments.mongodb.embedded.backend=file",
                "--experiments.mongodb.embedded.file=" + dataFile));
        arguments.addAll(List.of(extraArguments));
        return start(List.of(), Map.of(), log, arguments);
    }

    /**
     * The service started through {@code launcher} (a command that runs the JVM, such as {@code faketime}; empty for
     * none) with extra environment variables and arguments, once it answers its health check.
     */
    static ServiceProcess start(List<String> launcher, Map<String, String> environment, Path log, List<String> arguments) {
        for (int attempt = 1; ; attempt++) {
            long logStart = size(log);
            int port = freePort();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(launcher);
            command.addAll(List.of(java, "-Xmx512m", "-Daxoniq.update-checker.disabled=true",
                    "-cp", System.getProperty("java.class.path"), ExperimentsApplication.class.getName(),
                    "--server.port=" + port));
            command.addAll(arguments);
            ServiceProcess service;
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                builder.environment().putAll(environment);
                service = new ServiceProcess(builder.start(), port);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the service", e);
            }
            try {
                await("the service on port " + port + " to be healthy").atMost(Duration.ofSeconds(180))
                        .pollInterval(Duration.ofMillis(200))
                        .until(service::healthy);
                return service;
            } catch (ExitedWhileStarting exited) {
                String output = since(log, logStart);
                // the free port can be taken by another socket between choosing it and the service binding it
                if (attempt < 3 && output.contains("already in use")) {
                    continue;
                }
                throw new IllegalStateException(exited.getMessage() + "; the end of its log:\n" + lastLines(output, 40));
            }
        }
    }

    private static final class ExitedWhileStarting extends RuntimeException {
        ExitedWhileStarting(int exitCode) {
            super("The service exited with " + exitCode + " while starting");
        }
    }

    private static long size(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String since(Path log, long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastLines(String text, int count) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    int port() {
        return port;
    }

    /** {@code kill -9}: no shutdown hook, no flush, no goodbye; also to the JVM a launcher started. */
    void kill() throws InterruptedException {
        end(ProcessHandle::destroyForcibly);
    }

    /** A normal stop ({@code SIGTERM}), as an operator or a service manager does it. */
    void stop() throws InterruptedException {
        end(ProcessHandle::destroy);
    }

    /** Signals the process and what it launched (they would outlive it otherwise), and waits for all to end. */
    private void end(Consumer<ProcessHandle> signal) throws InterruptedException {
        List<ProcessHandle> launched = process.descendants().toList();
        launched.forEach(signal);
        signal.accept(process.toHandle());
        process.waitFor();
        launched.forEach(handle -> handle.onExit().join());
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private boolean healthy() {
        if (!process.isAlive()) {
            throw new ExitedWhileStarting(process.exitValue());
        }
        try {
            return Http.anonymous(port).get("/actuator/health").status() == 200;
        } catch (IllegalStateException notYetListening) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
