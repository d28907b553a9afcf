package dk.holbaek.experiments.core.common.api;

/** A command names an entry (an activity, a learning, an initiative, an adoption) that its record does not hold: 404. */
public class EntryNotFoundException extends RuntimeException {

    public EntryNotFoundException(String message) {
        super(message);
    }
}
