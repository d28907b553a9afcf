package dk.holbaek.experiments.core.common.api;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with one field of a command, named by its path in the request
 * ({@code participants.byGroup.YOUNG_PEOPLE}, {@code costs[1].amountDkk}): what is wrong ({@link Flaw}) and the
 * figures the sentence names (numbers, or texts such as dates and field names, never null).
 */
public record FieldProblem(String field, Flaw flaw, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public FieldProblem(String field, Flaw flaw, Object... arguments) {
        this(field, flaw, Arrays.asList(arguments));
    }

    /** The sentence in English, as the log and the command line show it. */
    public String message() {
        return new MessageFormat(flaw.english(), Locale.ENGLISH).format(arguments.toArray());
    }
}
