package dk.holbaek.experiments.core.common.api;

/**
 * What is wrong with a field, as a code with the English sentence ({@link java.text.MessageFormat} pattern, its
 * arguments given with the {@link FieldProblem}). Other languages name the code in their message files
 * ({@code flaw.GIVEN} …), so that a form and an API answer in Danish say the same thing.
 */
public enum Flaw {
    GIVEN("must be given"),
    BLANK("must not be blank"),
    INVISIBLE("must contain a visible character, or be left out"),
    TOO_LONG("must be at most {0} characters long"),
    LONE_SURROGATE("holds a broken character (a lone UTF-16 surrogate at position {0})"),
    REPLACEMENT_CHARACTER("holds the replacement character U+FFFD at position {0}, a sign of text that was not sent as UTF-8"),
    NON_CHARACTER("holds a non-character ({0}) at position {1}"),
    CONTROL_CHARACTER_IN_LINE("must be one line without control characters ({0} at position {1})"),
    CONTROL_CHARACTER_IN_TEXT("must not hold control characters other than tab and newline ({0} at position {1})"),
    NEGATIVE("must not be negative"),
    COUNT("must be a count"),
    AT_MOST("must be at most {0}"),
    AT_LEAST("must be at least {0}"),
    KRONER_AT_MOST("must be at most {0} kroner"),
    KRONER_BETWEEN("must be between -{0} and {0} kroner"),
    DATE_BETWEEN("must lie between {0} and {1}"),
    KRONER_DECIMALS("must be an amount in kroner with at most two decimals (øre)"),
    HOURS_AT_MOST("must be at most {0} hours"),
    HOURS_DECIMALS("must be a number of hours with at most two decimals"),
    MINUTES_AT_LEAST("must be at least 1 minute"),
    MINUTES_AT_MOST("must be at most {0} minutes (a week)"),
    ASSESSMENT("must be a whole number from {0} to {1}"),
    TOO_MANY_ENTRIES("must hold at most {0} entries (it holds {1})"),
    NULL_ENTRY("must not contain null"),
    REPEATS("repeats {0}"),
    NOT_A_WEB_ADDRESS("must be a web address beginning with https:// or http://"),
    OUTSIDE_PERIOD("must lie within the programme''s period, {0} to {1}"),
    AFTER_TODAY("lies after today ({0}); record it once it has happened"),
    BEFORE_PLANNED_START("must not lie before plannedStart"),
    NO_INSIGHT_AREA("must name at least one insight area"),
    NO_SUPPORT_KIND("must name at least one kind of support"),
    NO_LEARNING("must name at least one recorded learning"),
    GROUPS_EXCEED_TOTAL("the groups add up to {0}, more than the {1} participants in total"),
    MEANINGFUL_EXCEEDS_RESPONDENTS("cannot exceed the number of respondents ({0})"),
    NOT_A_REGISTERED_EXPERIMENT("is not a registered experiment"),
    NOT_A_RECORDED_LEARNING("is not a recorded learning"),
    NOT_A_LEARNING_OF_THAT_EXPERIMENT("is not a learning recorded on that experiment"),
    NOT_THE_CORRECTED_FACT("must be the corrected fact itself"),
    NOT_AN_EVENT("is not an event of the programme"),
    UNKNOWN_FIELD("is not a known field; known fields: {0}"),
    ONE_OF("must be one of {0}"),
    NUMBER_TOO_LARGE("is too large a number"),
    DATE("must be a date like 2014-03-12"),
    TIME("must be a time of day like 18:30"),
    WHOLE_NUMBER("must be a whole number"),
    NUMBER("must be a number"),
    TEXT("must be a text"),
    LIST("must be a list"),
    OBJECT("must be a JSON object"),
    WRONG_FORM("has a value of the wrong form"),
    DUPLICATE_FIELD("appears twice in one object; send each field once"),
    NOT_JSON("is not valid JSON"),
    NO_JSON_OBJECT("is missing or is not a JSON object"),
    INVALID_VALUE("is not a valid value"),
    LANGUAGE("must be da or en"),
    REPORT_FORMAT("must be html, markdown, json or pdf"),
    BEFORE_PROGRAMME("lies before the programme, which began in {0}"),
    DATE_OR_INSTANT("must be a date like 2014-12-31 or an instant like 2014-12-31T16:00:00Z"),
    VERSION("must be the ETag of the version you read, like \"3\""),
    TWO_TO_FOUR("must name two to four experiments, separated by commas (it names {0})"),
    NAMED_TWICE("names the same experiment twice"),
    OUTCOME_FOR_REASON("must be given when hypothesisReason is: say how the hypothesis fared"),
    USER_NAME("must be 1 to 64 characters: lower-case letters, digits, dots, underscores or hyphens, beginning with a letter or digit"),
    NO_ROLE("must name at least one role"),
    WRONG_PASSWORD("is not your current password"),
    PASSWORD_TOO_SHORT("must be at least {0} characters long"),
    PASSWORD_HOLDS_NAME("must not contain the user name"),
    IMPORT_LINE("not an event of this log: {0}");

    private final String english;

    Flaw(String english) {
        this.english = english;
    }

    /** The sentence in English, a {@link java.text.MessageFormat} pattern. */
    public String english() {
        return english;
    }
}
