package dk.holbaek.experiments.api.pages;

import java.util.List;
import java.util.Map;

/**
 * A form as the page draws it: its sections and fields, what is in them (as typed, or as recorded for a correction),
 * and the problems found, each at its field and all of them in a summary at the top.
 */
record FormView(String name, String headingKey, String subject, String action, String returnTo, String version,
                List<Section> sections, Map<String, List<String>> values, Map<String, String> errors,
                List<Error> summary, String refusal) {

    /** How a field is asked for. */
    enum Kind { TEXT, LONG_TEXT, LINES, DATE, TIME, WHOLE, AMOUNT, CHOICE, CHOICES, FLAG }

    /**
     * One input, named as the API names the JSON field ({@code participants.total}); its label is a message key with
     * an optional argument (the row of a repeated group).
     */
    record Field(String name, Kind kind, String labelKey, String labelArgument, String hintKey, boolean required,
                 List<Option> options) {

        /** The element id: the name with every character that needs escaping in CSS made a hyphen. */
        public String id() {
            return "f-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
        }
    }

    /** A choice: its value and either a message key for its label or the label itself (an experiment's title). */
    record Option(String value, String labelKey, String label) {
    }

    /** A group of fields under a legend; {@code name} is what a problem of the whole group names. */
    record Section(String name, String legendKey, String hintKey, List<Field> fields) {
    }

    /** A problem as the summary lists it: the field's id to link to, its label and what is wrong. */
    record Error(String fieldId, String labelKey, String labelArgument, String message) {
    }

    /** What the field holds: the first value typed or recorded, or an empty text. */
    public String value(String field) {
        List<String> held = values.get(field);
        return held == null || held.isEmpty() ? "" : held.get(0);
    }

    /** Whether a choice is among those made. */
    public boolean chosen(String field, String option) {
        List<String> held = values.get(field);
        return held != null && held.contains(option);
    }
}
