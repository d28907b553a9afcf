package dk.holbaek.experiments.core.common.api;

/**
 * A command that the current state of the programme forbids, for instance an activity on a cancelled
 * experiment. {@link #rule()} names the rule; the message reads as a sentence for the person who sent it.
 */
public class RuleViolatedException extends RuntimeException {

    private final String rule;

    public RuleViolatedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
