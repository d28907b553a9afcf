package dk.holbaek.experiments.core.common.api;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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

    /** A value that is none of an enum's: the problem names every value it may be. */
    public static FieldProblem oneOf(String field, Class<?> enumType) {
        return new FieldProblem(field, Flaw.ONE_OF, Arrays.stream(enumType.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", ")));
    }

    /** The sentence in English, as the log and the command line show it. */
    public String message() {
        return new MessageFormat(flaw.english(), Locale.ENGLISH).format(arguments.toArray());
    }
}
