package dk.holbaek.experiments.core.common.api;

/**
 * One thing wrong with one field of a command, named by its path in the request
 * ({@code participants.byGroup.YOUNG_PEOPLE}, {@code costs[1].amountDkk}).
 */
public record FieldProblem(String field, String message) {
}
