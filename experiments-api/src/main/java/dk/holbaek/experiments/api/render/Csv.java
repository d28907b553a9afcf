package dk.holbaek.experiments.api.render;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line break. The text
 * starts with a UTF-8 byte order mark, so that Excel set to Danish reads æ, ø and å. A text that a spreadsheet would
 * take for a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a
 * leading apostrophe, so it stays text; numbers are written as numbers.
 */
public final class Csv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);

    public Csv(String... header) {
        row((Object[]) header);
    }

    public Csv row(Object... fields) {
        text.append(Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
