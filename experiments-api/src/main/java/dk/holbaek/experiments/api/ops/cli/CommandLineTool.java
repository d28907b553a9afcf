package dk.holbaek.experiments.api.ops.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.stereotype.Component;

import dk.holbaek.experiments.api.ops.backup.Backup;
import dk.holbaek.experiments.api.ops.transfer.EventLog;
import dk.holbaek.experiments.api.problem.BadRequestException;
import dk.holbaek.experiments.api.render.ReportRenderer;
import dk.holbaek.experiments.api.render.ReportRequest;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.query.programme.ProgrammeSource;
import dk.holbaek.experiments.query.report.ExperienceReport;
import dk.holbaek.experiments.query.report.ReportSource;

/**
 * Runs one command of the analysts' command line against the configured store, without the web server:
 * {@code export --out events.jsonl}, {@code import --in events.jsonl}, {@code backup --out DIR}, {@code restore --in DIR},
 * {@code report --as-of 2015-12-31 --lang da --format pdf --out rapport.pdf}, as {@link ToolLine} parsed it. Progress
 * goes to standard error; the exit code is 0 on success, 1 on a failure, 2 on wrong arguments.
 */
@Component
@ConditionalOnBean(ToolRequest.class)
class CommandLineTool implements ApplicationRunner, ExitCodeGenerator {

    private final ToolRequest request;
    private final EventLog eventLog;
    private final Backup backup;
    private final ProgrammeSource source;
    private final ReportSource reports;
    private final ReportRenderer renderer;
    private final PrintStream err = System.err;
    private int exitCode;

    CommandLineTool(ToolRequest request, EventLog eventLog, Backup backup, ProgrammeSource source,
                    ReportSource reports, ReportRenderer renderer) {
        this.request = request;
        this.eventLog = eventLog;
        this.backup = backup;
        this.source = source;
        this.reports = reports;
        this.renderer = renderer;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            if (request instanceof ToolRequest.Export export) {
                export(export.out);
            } else if (request instanceof ToolRequest.Import imported) {
                importLog(imported.in);
            } else if (request instanceof ToolRequest.Backup backup) {
                backup(backup.out);
            } else if (request instanceof ToolRequest.Restore restore) {
                restore(restore.in);
            } else if (request instanceof ToolRequest.Report report) {
                report(report);
            }
        } catch (IllegalArgumentException e) {
            fail(2, e.getMessage());
        } catch (BadRequestException e) {
            e.problems().forEach(problem -> err.println(problem.field() + ": " + problem.message()));
            fail(2, "Nothing was written.");
        } catch (InvalidCommandException e) {
            e.problems().forEach(problem -> err.println(problem.field() + ": " + problem.message()));
            fail(1, "Nothing was imported.");
        } catch (Backup.DamagedBackupException e) {
            fail(1, e.getMessage() + " Nothing was restored.");
        } catch (EventLog.StoreNotEmptyException | UncheckedIOException e) {
            fail(1, e.getMessage());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private void export(Path out) {
        ProgressBar bar = new ProgressBar(err, "Exporting", source.eventCount());
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long count = eventLog.export(writer, bar::update);
            bar.finish();
            err.println("Wrote " + count + " events to " + out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + out + ": " + e.getMessage(), e);
        }
    }

    private void importLog(Path in) {
        long lines;
        try (var counted = Files.lines(in, StandardCharsets.UTF_8)) {
            lines = counted.filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + in + ": " + e.getMessage(), e);
        }
        ProgressBar bar = new ProgressBar(err, "Importing", lines);
        long count = eventLog.importInto(in, bar::update);
        bar.finish();
        err.println("Imported " + count + " events from " + in + "; the views follow as the service folds them.");
    }

    private void backup(Path into) {
        ProgressBar bar = new ProgressBar(err, "Backing up", source.eventCount());
        Backup.Taken taken = backup.take(into, bar::update);
        bar.finish();
        err.println("Backed up " + taken.manifest().eventCount() + " events to " + taken.directory()
                + (taken.manifest().storeCopy() == null ? "" : ", with a copy of the store's file"));
    }

    private void restore(Path from) {
        Backup.Manifest manifest = backup.verify(from);
        ProgressBar bar = new ProgressBar(err, "Restoring", manifest.eventCount());
        long count = backup.restore(from, bar::update);
        bar.finish();
        err.println("Restored " + count + " events from " + from + "; the views follow as the service folds them.");
    }

    private void report(ToolRequest.Report options) {
        ReportRequest request = ReportRequest.parse(options.lang, options.asOf, options.format);
        Path out = options.out != null ? options.out : Path.of("erfaringsrapport." + request.format().extension());
        ProgressBar bar = new ProgressBar(err, "Replaying", source.eventCount());
        ExperienceReport report = request.from(reports, bar::update);
        bar.finish();
        try {
            Files.write(out, renderer.render(report, request.format(), request.language()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + out + ": " + e.getMessage(), e);
        }
        err.println("Wrote the experience report as of " + (report.asOfInstant() != null ? report.asOfInstant()
                : report.asOf()) + " (" + report.eventCount() + " events) to " + out);
    }

    private void fail(int code, String message) {
        exitCode = code;
        err.println(message);
    }
}
