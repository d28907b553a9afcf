package dk.holbaek.experiments.api.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import dk.holbaek.experiments.api.render.Formats;
import dk.holbaek.experiments.query.report.ExperienceReport;

/**
 * The report of a fixed programme in every form and language, compared byte for byte with the reviewed files in
 * {@code src/test/resources/golden}. After a deliberate change, regenerate them with {@code -Dgolden.update=true}
 * and review the difference like code.
 */
class ReportGoldenTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    private final ReportRenderer renderer = renderer();
    private final ExperienceReport report = FixedProgramme.report();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"MARKDOWN, da", "MARKDOWN, en", "HTML, da", "HTML, en", "JSON, da", "JSON, en"})
    void eachFormAndLanguage_matchesItsReviewedFile(ReportFormat format, String language) throws IOException {
        String rendered = new String(renderer.render(report, format, locale(language)), StandardCharsets.UTF_8);
        String name = "report" + (format == ReportFormat.JSON ? "" : "-" + language) + "." + format.extension();
        assertThat(rendered).isEqualTo(golden(name, rendered));
    }

    @Test
    void thePdf_opensHasTheDanishChapterTitlesAsText_andIsTheSameEveryTime() throws IOException {
        byte[] pdf = renderer.render(report, ReportFormat.PDF, locale("da"));

        assertThat(renderer.render(FixedProgramme.report(), ReportFormat.PDF, locale("da"))).isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("Erfaringsrapport", "1. Sammenfatning", "2. De fire succeskriterier",
                    "3. De tre indsigtsområder", "4. Hvem deltog", "5. Byrådets inddragelse og kommissoriets krav",
                    "6. Anbefalinger til byrådet", "7. Bilag: eksperimenterne", "8. Metode", "Tølløse", "Holbæk",
                    "indsigtsområder");
            assertThat(text).isEqualTo(golden("report-da.pdf.txt", text));
        }
    }

    @Test
    void theSameReportRenderedTwice_givesTheSameBytesInEveryForm() {
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(renderer.render(FixedProgramme.report(), format, locale("en")))
                    .as(format.name()).isEqualTo(renderer.render(report, format, locale("en")));
        }
    }

    private static String golden(String name, String rendered) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Locale locale(String language) {
        return language.equals("en") ? Locale.UK : Formats.DANISH;
    }

    static ReportRenderer renderer() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        return new ReportRenderer(messages, new Formats(), engine);
    }
}
