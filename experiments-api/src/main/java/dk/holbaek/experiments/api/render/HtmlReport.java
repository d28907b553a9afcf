package dk.holbaek.experiments.api.render;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

import dk.holbaek.experiments.api.render.ReportDocument.Block;
import dk.holbaek.experiments.api.render.ReportDocument.Chapter;
import dk.holbaek.experiments.api.render.ReportDocument.Chart;
import dk.holbaek.experiments.api.render.ReportDocument.Emphasis;
import dk.holbaek.experiments.api.render.ReportDocument.Items;
import dk.holbaek.experiments.api.render.ReportDocument.Lead;
import dk.holbaek.experiments.api.render.ReportDocument.Paragraph;
import dk.holbaek.experiments.api.render.ReportDocument.Section;
import dk.holbaek.experiments.api.render.ReportDocument.Table;

/**
 * The report as one HTML page, built as a tree so that every text is escaped by construction. For print ({@code
 * forPrint}) it is the PDF's source: pages with numbers, a table of contents with page numbers, bookmarks per
 * chapter, the embedded font, and no charts (the PDF renderer draws no SVG; the same figures stand in tables).
 */
final class HtmlReport {

    /** The font the PDF embeds ({@link ReportRenderer} registers it under this name). */
    static final String PRINT_FONT = "DejaVu Sans";

    private static final String SCREEN_STYLE = """
            body { font-family: Helvetica, Arial, sans-serif; color: #1a1a1a; line-height: 1.45; font-size: 10.5pt;
                   max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
            """;
    private static final String PRINT_STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm;
                    @bottom-center { content: counter(page) " / " counter(pages); font-family: '%1$s';
                                     font-size: 9pt; color: #4a4a4a; } }
            @page :first { @bottom-center { content: none; } }
            body { font-family: '%1$s'; color: #1a1a1a; line-height: 1.4; font-size: 9.5pt; }
            .title-page { page-break-after: always; padding-top: 60mm; }
            nav.contents { page-break-after: always; }
            nav.contents a::after { content: leader(".") target-counter(attr(href), page); }
            main > section { page-break-before: always; }
            """.formatted(PRINT_FONT);
    private static final String COMMON_STYLE = """
            h1 { font-size: 22pt; margin: 0 0 .2rem; }
            h2 { font-size: 15pt; margin-top: 1.6rem; border-bottom: 2px solid #0b4f8a; padding-bottom: .2rem;
                 page-break-after: avoid; }
            h3 { font-size: 12pt; margin-top: 1.1rem; page-break-after: avoid; }
            .title-page .municipality { font-size: 13pt; color: #0b4f8a; margin: 0 0 1rem; }
            .title-page .subtitle { font-size: 13pt; color: #4a4a4a; margin: 0 0 2rem; }
            .title-page p { margin: .2rem 0; }
            nav.contents ol { list-style: none; padding-left: 0; }
            nav.contents li { margin: .2rem 0; }
            nav.contents a { color: #1a1a1a; text-decoration: none; }
            table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
            caption { text-align: left; font-weight: bold; padding: .2rem 0; }
            th, td { text-align: left; padding: .2rem .4rem; border-bottom: 1px solid #c8c8c8; vertical-align: top; }
            thead th { border-bottom: 2px solid #1a1a1a; }
            tbody th { font-weight: normal; }
            .number { text-align: right; }
            .lead { font-weight: bold; margin-bottom: .2rem; }
            ul, ol { padding-left: 1.2rem; }
            li { margin-bottom: .25rem; }
            .chart { width: 100%; max-width: 34rem; font-size: 11px; }
            .chart .bar { fill: #0b4f8a; }
            .chart .bar.highlighted { fill: #062f55; }
            .chart .label, .chart .value { fill: #1a1a1a; font-family: Helvetica, Arial, sans-serif; }
            """;

    private HtmlReport() {
    }

    static Document render(ReportDocument report, boolean forPrint) {
        Document html = Document.createShell("");
        html.outputSettings().prettyPrint(true).indentAmount(1).charset("UTF-8");
        html.prependChild(new DocumentType("html", "", ""));
        html.child(0).attr("lang", report.language());
        Element head = html.head();
        head.appendElement("meta").attr("charset", "UTF-8");
        ReportDocument.TitlePage title = report.titlePage();
        head.appendElement("title").text(title.title() + " · " + title.subtitle());
        head.appendElement("meta").attr("name", "author").attr("content", title.sender());
        head.appendElement("meta").attr("name", "subject").attr("content", title.subtitle());
        head.appendElement("style").appendText((forPrint ? PRINT_STYLE : SCREEN_STYLE) + COMMON_STYLE);
        if (forPrint) {
            Element bookmarks = head.appendElement("bookmarks");
            for (Chapter chapter : report.chapters()) {
                Element bookmark = bookmarks.appendElement("bookmark").attr("name", chapter.title())
                        .attr("href", "#" + chapter.id());
                chapter.sections().forEach(section -> bookmark.appendElement("bookmark").attr("name", section.title())
                        .attr("href", "#" + section.id()));
            }
        }
        Element body = html.body();
        Element page = body.appendElement("header").addClass("title-page");
        page.appendElement("p").addClass("municipality").text(title.municipality());
        page.appendElement("h1").text(title.title());
        page.appendElement("p").addClass("subtitle").text(title.subtitle());
        page.appendElement("p").addClass("sender").text(title.sender());
        page.appendElement("p").addClass("date").text(title.date());
        page.appendElement("p").addClass("basis").text(title.basis());

        Element contents = body.appendElement("nav").addClass("contents").attr("aria-labelledby", "contents");
        contents.appendElement("h2").id("contents").text(report.contentsTitle());
        Element list = contents.appendElement("ol");
        report.chapters().forEach(chapter -> list.appendElement("li").appendElement("a")
                .attr("href", "#" + chapter.id()).attr("title", chapter.title()).text(chapter.title()));

        Element main = body.appendElement("main");
        for (Chapter chapter : report.chapters()) {
            Element section = main.appendElement("section").id(chapter.id());
            section.appendElement("h2").text(chapter.title());
            blocks(section, chapter.blocks(), forPrint);
            for (Section part : chapter.sections()) {
                Element sub = section.appendElement("section").id(part.id());
                sub.appendElement("h3").text(part.title());
                blocks(sub, part.blocks(), forPrint);
            }
        }
        return html;
    }

    private static void blocks(Element parent, List<Block> blocks, boolean forPrint) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                lines(parent.appendElement("p"), paragraph.text());
            } else if (block instanceof Lead lead) {
                parent.appendElement("p").addClass("lead").text(lead.text());
            } else if (block instanceof Emphasis emphasis) {
                parent.appendElement("p").appendElement("em").text(emphasis.text());
            } else if (block instanceof Items items) {
                Element list = parent.appendElement(items.ordered() ? "ol" : "ul");
                items.items().forEach(item -> list.appendElement("li").text(item));
            } else if (block instanceof Table table) {
                table(parent, table);
            } else if (block instanceof Chart chart && !forPrint) {
                parent.appendElement("div").addClass("figure").append(chart.svg());
            }
        }
    }

    private static void lines(Element paragraph, String text) {
        String[] lines = text.split("\\r?\\n|\\r");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                paragraph.appendElement("br");
            }
            paragraph.appendText(lines[i]);
        }
    }

    private static void table(Element parent, Table table) {
        Element element = parent.appendElement("table");
        if (table.caption() != null) {
            element.appendElement("caption").text(table.caption());
        }
        Element header = element.appendElement("thead").appendElement("tr");
        for (int column = 0; column < table.headers().size(); column++) {
            Element cell = header.appendElement("th").attr("scope", "col").text(table.headers().get(column));
            if (table.numeric().get(column)) {
                cell.addClass("number");
            }
        }
        Element body = element.appendElement("tbody");
        for (List<String> row : table.rows()) {
            Element line = body.appendElement("tr");
            for (int column = 0; column < row.size(); column++) {
                Element cell = line.appendElement(column == 0 ? "th" : "td").text(row.get(column));
                if (column == 0) {
                    cell.attr("scope", "row");
                }
                if (table.numeric().get(column)) {
                    cell.addClass("number");
                }
            }
        }
    }
}
