package dk.holbaek.experiments.api.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.Flaw;

/**
 * What a person typed into a form, read into the values of a command. A value that cannot be read (a date that is no
 * date, "tolv" for a number) becomes a problem of its field, named as the API names it, and null in the command, so
 * that the command's own rules can still name every other problem; the typed text is kept to show again.
 */
final class FormInput {

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,10}");
    /** 4200, 4200,50, 4.200,50, 4200.50: Danish or English decimals, with or without thousands separators. */
    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?|-?\\d+(\\.\\d+)?");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}");

    private final Map<String, List<String>> typed = new LinkedHashMap<>();
    private final List<FieldProblem> problems = new ArrayList<>();
    /** Where a list entry of the command came from in the form: {@code costs[0]} of the command is row 2. */
    private final Map<String, String> rows = new HashMap<>();

    FormInput(Map<String, String[]> parameters) {
        parameters.forEach((name, values) -> typed.put(name, Arrays.asList(values)));
    }

    /** Everything typed, to fill the form again. */
    Map<String, List<String>> typed() {
        return typed;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    /** The form's field that a problem of the command names ({@code costs[0].amountDkk} may be row 2's). */
    String fieldOf(String commandField) {
        for (Map.Entry<String, String> row : rows.entrySet()) {
            if (commandField.startsWith(row.getKey())) {
                return row.getValue() + commandField.substring(row.getKey().length());
            }
        }
        return commandField;
    }

    /** The text as typed, or null when the field was left empty. */
    String text(String name) {
        String value = first(name);
        return value == null || value.isEmpty() ? null : value;
    }

    boolean checked(String name) {
        return first(name) != null;
    }

    LocalDate date(String name) {
        String value = trimmed(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, Flaw.DATE));
            return null;
        }
    }

    LocalTime time(String name) {
        String value = trimmed(name);
        if (value == null) {
            return null;
        }
        if (TIME.matcher(value).matches()) {
            String[] parts = value.split("[:.]");
            int hour = Integer.parseInt(parts[0]);
            int minute = Integer.parseInt(parts[1]);
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        problems.add(new FieldProblem(name, Flaw.TIME));
        return null;
    }

    Integer whole(String name) {
        String value = trimmed(name);
        if (value == null) {
            return null;
        }
        String digits = value.replace(" ", "").replace("\u00a0", "");
        if (WHOLE.matcher(digits).matches() && Long.parseLong(digits) <= Integer.MAX_VALUE
                && Long.parseLong(digits) >= Integer.MIN_VALUE) {
            return Integer.parseInt(digits);
        }
        problems.add(new FieldProblem(name, WHOLE.matcher(digits).matches() ? Flaw.NUMBER_TOO_LARGE : Flaw.WHOLE_NUMBER));
        return null;
    }

    /** An amount or a number of hours, written the Danish way ({@code 4.200,50}) or the English ({@code 4200.50}). */
    BigDecimal amount(String name) {
        String value = trimmed(name);
        if (value == null) {
            return null;
        }
        String compact = value.replace(" ", "").replace("\u00a0", "").replaceAll("(?i)kr\\.?$", "");
        if (!AMOUNT.matcher(compact).matches() || compact.length() > 30) {
            problems.add(new FieldProblem(name, Flaw.NUMBER));
            return null;
        }
        boolean danish = compact.contains(",") || compact.matches("-?\\d{1,3}(\\.\\d{3})+");
        return new BigDecimal(danish ? compact.replace(".", "").replace(',', '.') : compact);
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = trimmed(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.oneOf(name, type));
            return null;
        }
    }

    <E extends Enum<E>> List<E> choices(String name, Class<E> type) {
        List<E> chosen = new ArrayList<>();
        for (String value : values(name)) {
            try {
                chosen.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.oneOf(name, type));
            }
        }
        return chosen;
    }

    /** Every value chosen or typed under the name, in order, without empty ones. */
    List<String> values(String name) {
        return typed.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).toList();
    }

    /** One entry per line of a text area, without empty lines. */
    List<String> lines(String name) {
        String value = first(name);
        return value == null ? List.of() : value.lines().filter(line -> !line.isBlank()).toList();
    }

    /**
     * The rows of a repeated group ({@code costs[0].category}, {@code costs[1].category} …) that hold anything, in
     * order; the command's n-th entry is remembered as coming from its row, for {@link #fieldOf}.
     */
    List<Integer> filledRows(String list, int rows, String... fields) {
        List<Integer> filled = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            int at = row;
            if (Arrays.stream(fields).anyMatch(field -> trimmed(list + "[" + at + "]." + field) != null)) {
                if (filled.size() != row) {
                    this.rows.put(list + "[" + filled.size() + "]", list + "[" + row + "]");
                }
                filled.add(row);
            }
        }
        return filled;
    }

    private String first(String name) {
        List<String> values = typed.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private String trimmed(String name) {
        String value = first(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
