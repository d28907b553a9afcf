package dk.holbaek.experiments.api.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What users typed, made safe to print in Markdown: it reads as the same text and can add no heading, list, table
 * cell, link, image, emphasis or HTML to the document. The characters Markdown gives a meaning to are escaped with a
 * backslash (CommonMark allows it for any ASCII punctuation), and so is a character that would make a line a block.
 */
final class MarkdownText {

    private static final String MARKUP = "\\`*_[]<>|~&!#";
    /** The start of a line that would make it a list item, a quote, a rule or a heading underline. */
    private static final Pattern BLOCK_START = Pattern.compile("[-+=>]|\\d{1,9}[.)]");

    private MarkdownText() {
    }

    /** Text within a line (a heading, a list item, a table cell): line breaks become spaces. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        return notABlock(escape(text.replaceAll("[\\r\\n\\t]+", " ").strip()));
    }

    /**
     * Text that does not start a line (after a heading's hashes, a list marker, in a table cell or a link): escaped
     * like {@link #inline} but without guarding a line's start, so that "1. Resumé" stays as written.
     */
    static String withinLine(String text) {
        if (text == null) {
            return "";
        }
        return escape(text.replaceAll("[\\r\\n\\t]+", " ").strip());
    }

    /**
     * Text of its own paragraphs (a recommendation's text): its line breaks are kept, each line is escaped, and a line
     * cannot start a heading, a list, a quote, a rule or a code block.
     */
    static String paragraph(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\r?\\n|\\r", -1)) {
            String escaped = notABlock(escape(line.replace('\t', ' ').strip()));
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(escaped);
        }
        return out.toString();
    }

    /** A line (or a list item's first line) that starts like a list item, a quote or a rule, escaped there. */
    private static String notABlock(String escaped) {
        Matcher block = BLOCK_START.matcher(escaped);
        if (block.lookingAt()) {
            return escaped.substring(0, block.end() - 1) + "\\" + escaped.substring(block.end() - 1);
        }
        return escaped;
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MARKUP.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
