package dk.holbaek.experiments.api.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What staff typed reaches the council's Markdown and the open-data CSV as text: it adds no heading, list, link,
 * image, table cell or HTML to the document, and no formula to a spreadsheet.
 */
class EscapingTest {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    static List<String> hostileTexts() {
        return List.of("# Overskrift", "<script>alert(1)</script>", "<iframe src=\"https://example.org\"></iframe>",
                "[klik her](javascript:alert(1))", "![billede](https://example.org/x.png)", "<https://example.org>",
                "*fed* og _kursiv_ og `kode`", "a | b | c", "Første linje\n# Overskrift i anden", "1. punkt", "- punkt",
                "+ punkt", "> citat", "===", "---", "    indrykket kode", "&lt;script&gt;", "\\# backslash", "~~slettet~~",
                "<!-- kommentar -->", "Borgermøde i Tølløse & omegn");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void aHostileText_inALine_staysOneTextInOneParagraph(String text) {
        String html = render("- " + MarkdownText.inline(text));

        assertThat(html).startsWith("<ul>\n<li>").endsWith("</li>\n</ul>\n");
        assertThat(html).doesNotContain("<script", "<iframe", "<a ", "<img", "<h1", "<em>", "<strong>", "<code>",
                "<blockquote", "<!--", "<del", "<ol", "<hr");
        assertThat(html.replace("<ul>\n<li>", "").replace("</li>\n</ul>\n", "")).doesNotContain("<li>");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void aHostileText_asAParagraph_addsNoBlockAndNoMarkup(String text) {
        String html = render(MarkdownText.paragraph(text));

        assertThat(html).startsWith("<p>");
        assertThat(html).doesNotContain("<script", "<iframe", "<a ", "<img", "<h1", "<h2", "<em>", "<strong>",
                "<code>", "<pre", "<blockquote", "<ul", "<ol", "<hr", "<!--", "<del");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void aHostileText_readsTheSameAfterRendering(String text) {
        String shown = render(MarkdownText.paragraph(text)).replaceAll("</?p>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").strip();

        assertThat(shown).isEqualTo(text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void aTextThatAFormulaWouldStartWith_staysTextInTheCsv(String text) throws Exception {
        String csv = new Csv("note", "count").row(text, 3).toString();

        List<CSVRecord> read = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(read).hasSize(2);
        assertThat(read.get(1).get(0)).isEqualTo("'" + text);
        assertThat(read.get(1).get(1)).isEqualTo("3");
    }

    static List<String> formulas() {
        return List.of("=HYPERLINK(\"https://example.org\",\"klik\")", "+1+1", "-2+3", "@SUM(A1:A9)", "=1+1",
                "\tTab først", "\rRetur først");
    }

    @org.junit.jupiter.api.Test
    void numbersStayNumbers_andTheFileStartsWithAByteOrderMarkForExcel() {
        String csv = new Csv("figure", "key", "value").row("costs_dkk", "TOTAL", new BigDecimal("-1.50"))
                .row("participants", "", -3).toString();

        assertThat(csv).startsWith("\uFEFFfigure,key,value\r\n");
        assertThat(csv).contains("costs_dkk,TOTAL,-1.50\r\n", "participants,,-3\r\n");
    }

    private static String render(String markdown) {
        return HTML.render(MARKDOWN.parse(markdown));
    }
}
