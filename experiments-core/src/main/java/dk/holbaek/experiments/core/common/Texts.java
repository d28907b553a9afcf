package dk.holbaek.experiments.core.common;

import java.util.List;

import dk.holbaek.experiments.core.common.api.Flaw;

/** What a text sent by a person may hold. */
final class Texts {

    /** What is wrong with a text, and the figures that say where. */
    record Flawed(Flaw flaw, List<Object> arguments) {

        Flawed(Flaw flaw, Object... arguments) {
            this(flaw, List.of(arguments));
        }
    }

    private Texts() {
    }

    /** Why the text cannot be stored, or null: too long, a control character, a broken or unreadable character. */
    static Flawed problem(String text, int maxLength, boolean multiLine) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return new Flawed(Flaw.LONE_SURROGATE, length + 1);
            } else if (c == '\uFFFD') {
                return new Flawed(Flaw.REPLACEMENT_CHARACTER, length + 1);
            } else if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
                return new Flawed(Flaw.NON_CHARACTER, codePoint(c), length + 1);
            } else if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return new Flawed(multiLine ? Flaw.CONTROL_CHARACTER_IN_TEXT : Flaw.CONTROL_CHARACTER_IN_LINE, codePoint(c),
                        length + 1);
            }
            length++;
            if (length > maxLength) {
                return new Flawed(Flaw.TOO_LONG, maxLength);
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return "U+" + String.format("%04X", (int) c);
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
