package dk.holbaek.experiments.api.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import dk.holbaek.experiments.api.render.Formats;
import dk.holbaek.experiments.api.render.SvgCharts;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.query.report.ExperienceReport;
import dk.holbaek.experiments.query.report.Figure;
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

    /** Above this many events a figure lists a link to its sources instead of the ids. */
    static final int MOST_LISTED_SOURCES = 100;

    private final MessageSource messages;
    private final Formats formats;
    private final TemplateEngine templates;
    private final JsonMapper json;

    ReportRenderer(MessageSource messages, Formats formats, TemplateEngine templates) {
        this.messages = messages;
        this.formats = formats;
        this.templates = templates;
        this.json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** Where a figure with more than {@link #MOST_LISTED_SOURCES} sources points for their list. */
    static String sourcesLink(ExperienceReport report) {
        return "/api/reports/experience/sources?asOf=" + report.asOf() + "&figure=";
    }

    public byte[] render(ExperienceReport report, ReportFormat format, Locale language) {
        Locale previous = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(language);
        try {
            ReportTexts texts = new ReportTexts(messages, formats, language);
            return switch (format) {
                case JSON -> (json.writeValueAsString(tree(report, sourcesLink(report))) + "\n")
                        .getBytes(StandardCharsets.UTF_8);
                case MARKDOWN -> MarkdownReport.render(report, texts).getBytes(StandardCharsets.UTF_8);
                case HTML -> html(report, texts).getBytes(StandardCharsets.UTF_8);
                case PDF -> pdf(report, html(report, texts));
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

    private String html(ExperienceReport report, ReportTexts t) {
        Context context = new Context(t.language().equals("en") ? Locale.UK : Formats.DANISH);
        context.setVariable("report", report);
        context.setVariable("t", t);
        ExperienceReport.Summary summary = report.summary();
        context.setVariable("summaryText", t.summary(summary));
        Map<Criterion, String> criterionCharts = new EnumMap<>(Criterion.class);
        for (ExperienceReport.CriterionChapter chapter : report.criteria()) {
            criterionCharts.put(chapter.criterion(), SvgCharts.bars(t.text("report.leading"), chapter.leadingExperiments()
                    .stream().map(entry -> new SvgCharts.Bar(entry.title(), longValue(entry.figure().value()),
                            t.value(chapter.leadingFigure(), entry.figure().value()), false)).toList()));
        }
        context.setVariable("criterionCharts", criterionCharts);
        ExperienceReport.Reach reach = report.reach();
        context.setVariable("groupsChart", SvgCharts.bars(t.text("report.reach.byGroup"), reach.byGroup().entrySet().stream()
                .map(group -> bar(t.label("group", group.getKey()) + (reach.rarelyHeard().contains(group.getKey()) ? " *" : ""),
                        group.getValue(), reach.rarelyHeard().contains(group.getKey()), t)).toList()));
        context.setVariable("channelChart", SvgCharts.bars(t.text("report.reach.byChannel"), reach.byChannel().entrySet()
                .stream().map(channel -> bar(t.label("channel", channel.getKey()), channel.getValue(), false, t)).toList()));
        context.setVariable("timeChart", SvgCharts.bars(t.text("report.reach.byTime"), reach.byTimeOfDay().entrySet()
                .stream().map(time -> bar(t.label("report.time", time.getKey()), time.getValue(), false, t)).toList()));
        return templates.process("report", context);
    }

    private static SvgCharts.Bar bar(String label, Figure<Long> figure, boolean highlighted, ReportTexts t) {
        return new SvgCharts.Bar(label, figure.value(), t.number(figure.value()), highlighted);
    }

    private static byte[] digest(String content) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static long longValue(Object value) {
        return value instanceof BigDecimal decimal ? decimal.longValue() : ((Number) value).longValue();
    }

    private static byte[] pdf(ExperienceReport report, String html) {
        try (ByteArrayOutputStream rendered = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.withProducer("experiments");
            builder.toStream(rendered);
            builder.run();
            return fixedDates(rendered.toByteArray(), report, html);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the report as PDF", e);
        }
    }

    /**
     * The PDF's dates from the report's date and its identifier from a digest of its content, so that the same
     * report gives the same bytes.
     */
    private static byte[] fixedDates(byte[] pdf, ExperienceReport report, String html) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Calendar date = GregorianCalendar.from(report.asOf().atStartOfDay(ProgrammeCalendar.ZONE));
            date.setTimeZone(TimeZone.getTimeZone(ProgrammeCalendar.ZONE));
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreationDate(date);
            info.setModificationDate(date);
            info.setProducer("experiments");
            byte[] digest = digest(html);
            COSArray id = new COSArray();
            id.add(new COSString(digest));
            id.add(new COSString(digest));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            document.save(out);
            return out.toByteArray();
        }
    }
}
