package dk.holbaek.experiments.api.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.durability.ToolProcess.Run;

/**
 * The analysts' command line as a real process, without the web server: the report, export, import into an empty
 * store, refusals; a report and an export while the service holds the store.
 */
class CommandLineTest {

    @TempDir
    Path work;

    @Test
    void exportThenImportIntoAnEmptyStore_givesTheSameProgramme() throws Exception {
        Path source = work.resolve("source.mv");
        Path log = work.resolve("service.log");
        try (ServiceProcess service = ServiceProcess.start(source, log, "--experiments.demo.enabled=true")) {
            service.stop();
        }
        Path events = work.resolve("events.jsonl");

        Run export = ToolProcess.run("export", "--out", events.toString(), "--experiments.mongodb.embedded.file=" + source);
        assertThat(export.exitCode()).as(export.output()).isZero();
        assertThat(Files.readAllLines(events)).hasSize(80);
        assertThat(export.output()).contains("Exporting [", "100%", "Wrote 80 events");

        Path pdf = work.resolve("rapport.pdf");
        Run report = ToolProcess.run("report", "--as-of", "2015-12-31", "--lang", "da", "--format", "pdf", "--out", pdf.toString(),
                "--experiments.mongodb.embedded.file=" + source);
        assertThat(report.exitCode()).as(report.output()).isZero();
        assertThat(report.output()).contains("Replaying [", "100%", "Wrote the experience report as of 2015-12-31")
                .as("no warning, no font noise, no password").doesNotContain("WARN", "font", "password");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Erfaringsrapport", "1. Resumé", "10. Erfaringer fra ind- og udland", "Porto Alegre");
        }
        Path notWritten = work.resolve("not-written.pdf");
        Run help = ToolProcess.run("report", "--help", "--out", notWritten.toString(),
                "--experiments.mongodb.embedded.file=" + source);
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).contains("Usage: report", "--as-of=DATE", "--lang=da|en", "--format=pdf|html|markdown|json");
        Run mistyped = ToolProcess.run("report", "--asof", "2015-12-31", "--out", notWritten.toString(),
                "--experiments.mongodb.embedded.file=" + source);
        assertThat(mistyped.exitCode()).isEqualTo(2);
        assertThat(mistyped.output()).contains("Unknown options: '--asof'", "Usage: report").doesNotContain("\tat ");
        assertThat(notWritten).as("neither wrote a report").doesNotExist();

        Run badDate = ToolProcess.run("report", "--as-of", "2013-01-01", "--experiments.mongodb.embedded.file=" + source);
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.output()).contains("asOf: lies before the programme");

        Path target = work.resolve("target.mv");
        Run imported = ToolProcess.run("import", "--in", events.toString(), "--experiments.mongodb.embedded.file=" + target);
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("Imported 80 events");

        Run again = ToolProcess.run("import", "--in", events.toString(), "--experiments.mongodb.embedded.file=" + target);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.output()).contains("The event store already holds events");

        Run missing = ToolProcess.run("import", "--experiments.mongodb.embedded.file=" + target);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.output()).contains("Missing required option: '--in=FILE'", "Usage: import");

        try (ServiceProcess copy = ServiceProcess.start(target, log)) {
            Http steering = Http.as(copy.port(), "steering");
            await("the imported programme in the views").atMost(Duration.ofSeconds(30))
                    .until(() -> steering.get("/api/experiments").json().size() == 10
                            && steering.get("/api/views/progress").json().get("activities").asInt() == 15);
        }
    }

    @Test
    void aReportAndAnExport_whileTheServiceHoldsTheStore_readItThroughTheService_whichGoesOnServing() throws Exception {
        Path store = work.resolve("running.mv");
        Path log = work.resolve("service.log");
        try (ServiceProcess service = ServiceProcess.start(store, log, "--experiments.demo.enabled=true")) {
            Path markdown = work.resolve("rapport.md");
            Run report = ToolProcess.run("report", "--as-of", "2015-12-31", "--format", "markdown", "--out",
                    markdown.toString(), "--experiments.mongodb.embedded.file=" + store);

            assertThat(report.exitCode()).as(report.output()).isZero();
            assertThat(report.output()).contains("The service is running on", "reading it through the service's "
                    + "database server").doesNotContain("\tat ");
            Http analyst = Http.as(service.port(), "analyst");
            assertThat(Files.readString(markdown)).as("the same report the service gives").isEqualTo(
                    analyst.get("/api/reports/experience?format=markdown&asOf=2015-12-31").body());
            Path events = work.resolve("events.jsonl");
            Run export = ToolProcess.run("export", "--out", events.toString(),
                    "--experiments.mongodb.embedded.file=" + store);
            assertThat(export.exitCode()).as(export.output()).isZero();
            assertThat(Files.readAllLines(events)).hasSize(80);

            Http staff = Http.as(service.port(), "staff");
            Http.Response registered = staff.post("/api/experiments", """
                    {"title": "Efter rapporten", "hypothesis": "Tjenesten kører videre.", "method": "OTHER",
                     "role": "INITIATED", "insightAreas": ["POLITICAL_DIRECTION"]}
                    """);
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            await("the service's own views still follow its writes").atMost(Duration.ofSeconds(30))
                    .until(() -> staff.get("/api/experiments").json().size() == 11);
            service.stop();
        }
        assertThat(work.resolve("running.mv.port")).as("withdrawn when the service stopped").doesNotExist();
    }
}
