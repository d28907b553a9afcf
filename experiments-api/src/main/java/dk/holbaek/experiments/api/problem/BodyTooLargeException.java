package dk.holbaek.experiments.api.problem;

import java.io.IOException;

/** A request body went past the limit while it was read: answered 413, never 400 or 500. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException() {
        super("the request body is larger than 1 MB");
    }
}
