package dk.holbaek.experiments.api.problem;

import java.util.List;

import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.Flaw;

/**
 * A request whose parameters or headers cannot be used (a date that is no date, an unknown language, an If-Match that
 * is no version): answers 400 naming each of them, as a refused command does for its fields. The HTTP layer's own,
 * so that a query parameter is never reported as a command the aggregates refused.
 */
public class BadRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public BadRequestException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) with the request");
        this.problems = List.copyOf(problems);
    }

    public BadRequestException(String field, Flaw flaw, Object... arguments) {
        this(List.of(new FieldProblem(field, flaw, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
