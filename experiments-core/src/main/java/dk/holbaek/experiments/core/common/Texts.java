package dk.holbaek.experiments.core.common;

/** What a text sent by a person may hold. */
final class Texts {

    private Texts() {
    }

    /** Why the text cannot be stored, or null: too long, a control character, a broken or unreadable character. */
    static String problem(String text, int maxLength, boolean multiLine) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "holds a broken character (a lone UTF-16 surrogate at position " + (length + 1) + ")";
            } else if (c == '\uFFFD') {
                return "holds the replacement character U+FFFD at position " + (length + 1)
                        + ", a sign of text that was not sent as UTF-8";
            } else if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
                return "holds a non-character (U+" + String.format("%04X", (int) c) + ") at position " + (length + 1);
            } else if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return (multiLine ? "must not hold control characters other than tab and newline"
                        : "must be one line without control characters") + " (U+" + String.format("%04X", (int) c)
                        + " at position " + (length + 1) + ")";
            }
            length++;
            if (length > maxLength) {
                return "must be at most " + maxLength + " characters long";
            }
        }
        return null;
    }

    /** Whether a person would see something: a character that is not a space, a line break or an invisible format. */
    static boolean hasVisible(String text) {
        return text.codePoints().anyMatch(point -> !Character.isWhitespace(point) && !Character.isSpaceChar(point)
                && switch (Character.getType(point)) {
                    case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED -> false;
                    default -> point != 0x2800 && point != 0x3164 && point != 0x115F && point != 0x1160;
                });
    }
}
