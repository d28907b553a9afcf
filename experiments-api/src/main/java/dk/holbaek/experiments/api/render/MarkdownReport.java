package dk.holbaek.experiments.api.render;

import java.util.List;
import java.util.Locale;

import dk.holbaek.experiments.api.render.ReportDocument.Block;
import dk.holbaek.experiments.api.render.ReportDocument.Chapter;
import dk.holbaek.experiments.api.render.ReportDocument.Emphasis;
import dk.holbaek.experiments.api.render.ReportDocument.Items;
import dk.holbaek.experiments.api.render.ReportDocument.Lead;
import dk.holbaek.experiments.api.render.ReportDocument.Paragraph;
import dk.holbaek.experiments.api.render.ReportDocument.Section;
import dk.holbaek.experiments.api.render.ReportDocument.Table;

/**
 * The report as Markdown that renders cleanly on a code-hosting site: headings, a linked table of contents, tables,
 * lists, no HTML. Every text is escaped ({@link MarkdownText}); charts are left out, their figures stand beside them.
 */
final class MarkdownReport {

    private final StringBuilder out = new StringBuilder();

    private MarkdownReport() {
    }

    static String render(ReportDocument report) {
        return new MarkdownReport().write(report);
    }

    private String write(ReportDocument report) {
        ReportDocument.TitlePage title = report.titlePage();
        line("# " + MarkdownText.withinLine(title.title()));
        line();
        line("*" + MarkdownText.inline(title.subtitle()) + "*");
        line();
        line(MarkdownText.inline(title.municipality()) + "  ");
        line(MarkdownText.inline(title.sender()) + "  ");
        line(MarkdownText.inline(title.date()));
        line();
        line(MarkdownText.inline(title.basis()));
        line();
        line("## " + MarkdownText.withinLine(report.contentsTitle()));
        line();
        report.chapters().forEach(chapter -> line("- [" + MarkdownText.withinLine(chapter.title()) + "](#"
                + slug(chapter.title()) + ")"));
        for (Chapter chapter : report.chapters()) {
            line();
            line("## " + MarkdownText.withinLine(chapter.title()));
            blocks(chapter.blocks());
            for (Section section : chapter.sections()) {
                line();
                line("### " + MarkdownText.withinLine(section.title()));
                blocks(section.blocks());
            }
        }
        return out.toString();
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                line();
                line(MarkdownText.paragraph(paragraph.text()).replace("\n", "  \n"));
            } else if (block instanceof Lead lead) {
                line();
                line("**" + MarkdownText.withinLine(lead.text()) + "**");
            } else if (block instanceof Emphasis emphasis) {
                line();
                line("*" + MarkdownText.withinLine(emphasis.text()) + "*");
            } else if (block instanceof Items items) {
                line();
                for (int i = 0; i < items.items().size(); i++) {
                    line((items.ordered() ? (i + 1) + ". " : "- ") + MarkdownText.inline(items.items().get(i)));
                }
            } else if (block instanceof Table table) {
                table(table);
            }
        }
    }

    private void table(Table table) {
        if (table.caption() != null) {
            line();
            line("**" + MarkdownText.withinLine(table.caption()) + "**");
        }
        line();
        line("| " + String.join(" | ", table.headers().stream().map(MarkdownText::withinLine).toList()) + " |");
        line("|" + String.join("|", table.numeric().stream().map(numeric -> numeric ? "---:" : "---").toList()) + "|");
        table.rows().forEach(row -> line("| " + String.join(" | ", row.stream().map(MarkdownText::withinLine).toList())
                + " |"));
    }

    /** The anchor a code-hosting site gives a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").strip().replace(' ', '-');
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private void line() {
        out.append('\n');
    }
}
