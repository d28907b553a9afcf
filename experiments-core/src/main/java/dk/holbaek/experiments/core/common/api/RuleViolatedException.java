package dk.holbaek.experiments.core.common.api;

import java.util.Arrays;
import java.util.List;

/**
 * A command that the current state of the programme forbids, for instance an activity on a cancelled
 * experiment. {@link #rule()} names the rule; the message reads as a sentence for the person who sent it, in English.
 * Other languages word it from {@link #wording()} (the rule, or the rule and which of its cases) and the
 * {@link #arguments()} the sentence names: dates, ids, titles, a status.
 */
public class RuleViolatedException extends RuntimeException {

    private final String rule;
    private final String wording;
    private final transient List<Object> arguments;

    public RuleViolatedException(String rule, String message) {
        this(rule, message, rule);
    }

    public RuleViolatedException(String rule, String message, String wording, Object... arguments) {
        super(message);
        this.rule = rule;
        this.wording = wording;
        this.arguments = Arrays.asList(arguments.clone());
    }

    public String rule() {
        return rule;
    }

    public String wording() {
        return wording;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
