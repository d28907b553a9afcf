package dk.holbaek.experiments.api.problem;

import java.util.Arrays;
import java.util.List;

/**
 * Something the HTTP layer was asked for that does not exist: a record, a rebuild, an event, a figure of the report,
 * an export. Answers 404 with the detail {@code problem.not-found.detail.<what>}, which names what was asked for.
 */
public class NotFoundException extends RuntimeException {

    private final String what;
    private final transient List<Object> arguments;

    public NotFoundException(String what, Object... arguments) {
        super("Not found: " + what + " " + Arrays.toString(arguments));
        this.what = what;
        this.arguments = List.of(arguments);
    }

    /** No experiment, council involvement or recommendation under {@code id}. */
    public static NotFoundException noRecord(String id) {
        return new NotFoundException("record", id);
    }

    String what() {
        return what;
    }

    List<Object> arguments() {
        return arguments;
    }
}
