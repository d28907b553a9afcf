package dk.holbaek.experiments.api.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import dk.holbaek.experiments.api.render.Formats;
import dk.holbaek.experiments.query.programme.LocalAreas;
import dk.holbaek.experiments.query.programme.Programme;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;
import dk.holbaek.experiments.query.report.ExperienceReport;
import dk.holbaek.experiments.query.report.ExperienceReports;

/**
 * The report of a fixed programme in every form and language, compared byte for byte with the reviewed files
 * ({@link Golden}); the PDF read back as a public document.
 */
class ReportGoldenTest {

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
    void thePdf_readsAsTheDocument_andIsTheSameEveryTime() throws IOException {
        byte[] pdf = renderer.render(report, ReportFormat.PDF, locale("da"));

        assertThat(renderer.render(FixedProgramme.report(), ReportFormat.PDF, locale("da"))).isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(report.asOf().atStartOfDay(ProgrammeCalendar.ZONE).toInstant());
            assertThat(document.getDocumentInformation().getModificationDate())
                    .isEqualTo(document.getDocumentInformation().getCreationDate());
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("experiments");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Holbæk Kommune", "Erfaringsrapport", "Indhold", "1. Resumé",
                    "2. Indledning og formål", "5. Hypoteserne", "6. Det, der ikke virkede", "8. Økonomi",
                    "14. Indstilling", "Bilag: eksperimenterne", "Tølløse");
            assertThat(text).isEqualTo(golden("report-da.pdf.txt", text));
        }
    }

    @Test
    void thePdf_isTaggedForScreenReaders_inDanish_withItsTitle_andEveryFontEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(report, ReportFormat.PDF, locale("da")))) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();

            assertThat(catalog.getLanguage()).isEqualTo("da");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Erfaringsrapport");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(structureTypes(catalog.getStructureTreeRoot().getKids())).contains("H1", "H2", "H3", "P",
                    "Table", "TH", "TD", "L", "LI");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void thePdf_numbersItsPages_andItsContentsGiveThePageEachChapterStartsOn_withABookmarkPerChapter()
            throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(report, ReportFormat.PDF, locale("en")))) {
            int pages = document.getNumberOfPages();
            List<String> pageTexts = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pageTexts.add(stripper.getText(document).replaceAll("\\s+", " ").strip());
            }
            assertThat(pageTexts.get(0)).doesNotContain(" / " + pages);
            List<String> bodies = new ArrayList<>(List.of(pageTexts.get(0)));
            for (int page = 2; page <= pages; page++) {
                String number = page + " / " + pages;
                String text = pageTexts.get(page - 1);
                assertThat(text.startsWith(number + " ") || text.endsWith(" " + number)).as("page %d: %s", page, text)
                        .isTrue();
                bodies.add(text.replace(number, "").strip());
            }
            String contents = bodies.get(1);
            assertThat(contents).startsWith("Contents");
            for (String chapter : List.of("3. The four success criteria", "8. Economy", "14. Proposed decision")) {
                Matcher listed = Pattern.compile(Pattern.quote(chapter) + "[ .]*(\\d+)").matcher(contents);
                assertThat(listed.find()).as(chapter).isTrue();
                int page = Integer.parseInt(listed.group(1));
                assertThat(bodies.get(page - 1)).as(chapter + " on page " + page).contains(chapter);
                assertThat(bodies.get(page - 2)).as("the page before " + page).doesNotContain(chapter);
            }

            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).hasSize(15).startsWith("1. Summary", "2. Introduction and purpose")
                    .endsWith("14. Proposed decision", "Appendix: the experiments");
        }
    }

    private static Set<String> structureTypes(List<Object> kids) {
        Set<String> types = new HashSet<>();
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                types.addAll(structureTypes(element.getKids()));
            }
        }
        return types;
    }

    @Test
    void aProgrammeWithNothingRecordedYet_rendersInEveryFormAndLanguage_sayingSo() {
        ExperienceReport empty = ExperienceReports.build(Programme.empty(), new ExperienceReports.Basis(
                LocalDate.of(2014, 1, 31), 0, List.of(), List.of(), LocalAreas.HOLBAEK.names()));

        for (String language : List.of("da", "en")) {
            for (ReportFormat format : ReportFormat.values()) {
                assertThat(renderer.render(empty, format, locale(language))).as(format + " " + language).isNotEmpty();
            }
        }
        assertThat(new String(renderer.render(empty, ReportFormat.MARKDOWN, locale("da")), StandardCharsets.UTF_8))
                .contains("Der er endnu ikke registreret eksperimenter", "Intet eksperiment er afsluttet endnu",
                        "Der er endnu ikke formuleret anbefalinger til byrådet.",
                        "13 af kommunens lokalområder har ikke haft aktiviteter");
    }

    @Test
    void theSameReportRenderedTwice_givesTheSameBytesInEveryForm() {
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(renderer.render(FixedProgramme.report(), format, locale("en")))
                    .as(format.name()).isEqualTo(renderer.render(report, format, locale("en")));
        }
    }

    private static String golden(String name, String rendered) throws IOException {
        return Golden.file(name, rendered);
    }

    private static Locale locale(String language) {
        return language.equals("en") ? Locale.UK : Formats.DANISH;
    }

    static ReportRenderer renderer() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ReportRenderer(messages, new Formats(), ReportPublisher.HOLBAEK);
    }
}
