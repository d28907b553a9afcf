package dk.holbaek.experiments.api.problem;

/**
 * Something the HTTP layer was asked for that does not exist and is no recorded aggregate: a rebuild, an event, a
 * figure of the report, an export. Answers 404 with its message, which names what was asked for.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }

    /** No experiment, council involvement or recommendation under {@code id}. */
    public static NotFoundException noRecord(String id) {
        return new NotFoundException("Nothing is recorded under the id " + id + ".");
    }
}
