package dk.holbaek.experiments.api.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV, written by Commons CSV: comma-separated, CRLF line ends, fields quoted when they need it. The text
 * starts with a UTF-8 byte order mark, so that Excel set to Danish reads æ, ø and å. A text that a spreadsheet would
 * take for a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a
 * leading apostrophe, so it stays text; numbers are written as numbers.
 */
public final class Csv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);
    private final CSVPrinter printer;

    public Csv(String... header) {
        try {
            printer = CSVFormat.RFC4180.print(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        row((Object[]) header);
    }

    public Csv row(Object... fields) {
        try {
            printer.printRecord(Arrays.stream(fields).map(Csv::field));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** What a field's value is written as, before quoting. */
    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
