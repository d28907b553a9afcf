package dk.holbaek.experiments.core.common;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;

/**
 * Collects every problem of a command before rejecting it, so that the sender learns about all bad
 * fields at once instead of one per attempt.
 */
public final class Checks {

    private static final BigDecimal LARGEST_AMOUNT = new BigDecimal("1000000000000");

    private final List<FieldProblem> problems = new ArrayList<>();

    public Checks require(boolean condition, String field, String message) {
        if (!condition) {
            problems.add(new FieldProblem(field, message));
        }
        return this;
    }

    public Checks notNegative(Number value, String field) {
        boolean negative = value != null && (value instanceof BigDecimal big ? big.signum() < 0 : value.longValue() < 0);
        return require(!negative, field, "must not be negative");
    }

    /** An amount in Danish kroner: whole øre, and below a trillion kroner, which no municipal budget reaches. */
    public Checks kroner(BigDecimal amount, String field) {
        require(amount == null || amount.stripTrailingZeros().scale() <= 2, field,
                "must be an amount in kroner with at most two decimals (øre)");
        return require(amount == null || amount.abs().compareTo(LARGEST_AMOUNT) < 0, field,
                "must be less than 1000000000000 kroner");
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }
}
