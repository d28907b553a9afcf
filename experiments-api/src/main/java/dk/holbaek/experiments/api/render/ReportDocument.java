package dk.holbaek.experiments.api.render;

import java.util.List;

/**
 * The experience report as a document in one language: a title page, then chapters of plain-text blocks. Written
 * once ({@link ReportWriter}) and rendered alike to Markdown, HTML and PDF, so that the three cannot say different
 * things. No text holds markup: each renderer escapes all of it, the users' words and ours.
 */
record ReportDocument(String language, TitlePage titlePage, String contentsTitle, List<Chapter> chapters) {

    /** The municipality, the title and subtitle, the sender and the date, and what the data rests on. */
    record TitlePage(String municipality, String title, String subtitle, String sender, String date, String basis) {
    }

    /** A numbered chapter ({@code id} is its anchor) with its own blocks, then its sections. */
    record Chapter(String id, String title, List<Block> blocks, List<Section> sections) {
    }

    record Section(String id, String title, List<Block> blocks) {
    }

    sealed interface Block permits Paragraph, Lead, Emphasis, Items, Table, Chart {
    }

    /** Text of its own; its line breaks are kept. */
    record Paragraph(String text) implements Block {
    }

    /** A short heading-like line in bold, introducing what follows. */
    record Lead(String text) implements Block {
    }

    /** A paragraph in italics: a hypothesis, a question of the mandate. */
    record Emphasis(String text) implements Block {
    }

    record Items(List<String> items, boolean ordered) implements Block {
    }

    /**
     * {@code numeric} per column: right-aligned figures. {@code caption} names the table where nothing before it does
     * (null where its heading or first column already says what it holds).
     */
    record Table(String caption, List<String> headers, List<Boolean> numeric, List<List<String>> rows) implements Block {
    }

    /** A bar chart for HTML and PDF; Markdown leaves it out, as the same figures stand in a table or list beside it. */
    record Chart(String svg) implements Block {
    }
}
