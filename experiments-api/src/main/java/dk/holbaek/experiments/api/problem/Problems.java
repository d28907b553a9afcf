package dk.holbaek.experiments.api.problem;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import dk.holbaek.experiments.core.common.api.FieldProblem;

/**
 * The RFC 9457 problem details this service answers with. Each {@code type} is a URN listed in {@code docs/api.md}.
 */
public final class Problems {

    private static final String TYPE_BASE = "urn:experiments:problem:";

    private Problems() {
    }

    public static ProblemDetail invalidRequest(List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-request", "The request is invalid",
                errors.size() == 1
                        ? "One field needs correcting: " + errors.get(0).field() + " " + errors.get(0).message() + "."
                        : errors.size() + " fields need correcting; see errors.");
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
