package dk.holbaek.experiments.api.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.helper.W3CDom;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import dk.holbaek.experiments.query.report.ExperienceReport;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders the experience report in its four forms and two languages. Nothing in the output depends on when it is
 * made: the same report gives the same bytes (the PDF's dates and identifier are fixed by the report's date).
 */
@Component
public class ReportRenderer {

    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    /** Above this many events a figure lists a link to its sources instead of the ids. */
    static final int MOST_LISTED_SOURCES = 100;

    private final MessageSource messages;
    private final Formats formats;
    private final ReportPublisher publisher;
    private final JsonMapper json;

    ReportRenderer(MessageSource messages, Formats formats, ReportPublisher publisher) {
        this.messages = messages;
        this.formats = formats;
        this.publisher = publisher;
        this.json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** Where a figure with more than {@link #MOST_LISTED_SOURCES} sources points for their list. */
    static String sourcesLink(ExperienceReport report) {
        return "/api/reports/experience/sources?asOf=" + (report.asOfInstant() != null ? report.asOfInstant()
                : report.asOf()) + "&figure=";
    }

    public byte[] render(ExperienceReport report, ReportFormat format, Locale language) {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(language);
        try {
            if (format == ReportFormat.JSON) {
                return (json.writeValueAsString(tree(report, sourcesLink(report))) + "\n").getBytes(StandardCharsets.UTF_8);
            }
            ReportDocument document = ReportWriter.write(report, new ReportTexts(messages, formats, language), publisher);
            return switch (format) {
                case MARKDOWN -> MarkdownReport.render(document).getBytes(StandardCharsets.UTF_8);
                case HTML -> HtmlReport.render(document, false).outerHtml().getBytes(StandardCharsets.UTF_8);
                default -> pdf(report, document);
            };
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }

    /** The report as a JSON tree with every figure's full list of sources. */
    public JsonNode tree(ExperienceReport report) {
        return json.valueToTree(report);
    }

    /** The events behind one figure, named by its JSON pointer ({@code /summary/participants}). */
    public List<String> sources(ExperienceReport report, String pointer) {
        JsonNode figure = tree(report).at(pointer);
        if (!figure.isObject() || !figure.has("sources") || !figure.get("sources").isArray()) {
            return null;
        }
        return figure.get("sources").valueStream().map(JsonNode::asString).toList();
    }

    private JsonNode tree(ExperienceReport report, String sourcesLink) {
        JsonNode tree = tree(report);
        shorten(tree, "", sourcesLink);
        return tree;
    }

    private void shorten(JsonNode node, String pointer, String sourcesLink) {
        if (node instanceof ObjectNode object) {
            if (object.has("value") && object.get("sources") instanceof ArrayNode sources
                    && sources.size() > MOST_LISTED_SOURCES) {
                ObjectNode link = object.putObject("sources");
                link.put("count", sources.size());
                link.put("href", sourcesLink + pointer);
                return;
            }
            object.properties().forEach(entry -> shorten(entry.getValue(), pointer + "/" + entry.getKey(), sourcesLink));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                shorten(array.get(i), pointer + "/" + i, sourcesLink);
            }
        }
    }

    private static byte[] digest(String content) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The faces of the font the PDF embeds, from {@code src/main/resources/fonts} (DejaVu, free to embed). */
    private enum PrintFont {
        REGULAR("DejaVuSans.ttf", 400, FontStyle.NORMAL),
        BOLD("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
        ITALIC("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);

        private final String file;
        private final int weight;
        private final FontStyle style;

        PrintFont(String file, int weight, FontStyle style) {
            this.file = file;
            this.weight = weight;
            this.style = style;
        }

        InputStream open() {
            InputStream font = ReportRenderer.class.getResourceAsStream("/fonts/" + file);
            if (font == null) {
                throw new IllegalStateException("The report's font " + file + " is missing from the build");
            }
            return font;
        }
    }

    /**
     * The PDF as a public document: tagged for screen readers (PDF/UA) with the document's language and title, its
     * one font embedded, page numbers, a table of contents with page numbers and a bookmark per chapter. Its dates
     * come from the report's date and its identifier from a digest of its content, set before the one save, so that
     * the same report gives the same bytes.
     */
    private static byte[] pdf(ExperienceReport report, ReportDocument document) {
        org.jsoup.nodes.Document source = HtmlReport.render(document, true);
        String html = source.outerHtml();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        for (PrintFont font : PrintFont.values()) {
            builder.useFont(font::open, HtmlReport.PRINT_FONT, font.weight, font.style, true);
        }
        builder.withW3cDocument(new W3CDom().fromJsoup(source), "/");
        builder.withProducer("experiments");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument pdf = renderer.getPdfDocument()) {
                fixDates(pdf, report, html);
                pdf.save(out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the report as PDF", e);
        }
    }

    private static void fixDates(PDDocument pdf, ExperienceReport report, String html) {
        Calendar date = GregorianCalendar.from(report.asOfInstant() != null
                ? report.asOfInstant().atZone(ProgrammeCalendar.ZONE) : report.asOf().atStartOfDay(ProgrammeCalendar.ZONE));
        date.setTimeZone(TimeZone.getTimeZone(ProgrammeCalendar.ZONE));
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        byte[] digest = digest(html);
        COSArray id = new COSArray();
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        pdf.getDocument().getTrailer().setItem(COSName.ID, id);
    }
}
