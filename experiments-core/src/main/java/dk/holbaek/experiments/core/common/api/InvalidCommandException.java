package dk.holbaek.experiments.core.common.api;

import java.util.List;

/**
 * A command whose content breaks a rule of the programme regardless of any state,
 * such as group counts that add up to more than the total. Nothing was recorded.
 */
public class InvalidCommandException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidCommandException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
