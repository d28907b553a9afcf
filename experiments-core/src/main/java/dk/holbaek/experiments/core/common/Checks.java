package dk.holbaek.experiments.core.common;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;

/**
 * Collects every problem of a command before rejecting it, so that the sender learns about all bad
 * fields at once instead of one per attempt. The limits are those of {@link Limits}.
 */
public final class Checks {

    private static final BigDecimal LARGEST_AMOUNT = BigDecimal.valueOf(Limits.KRONER);
    private static final BigDecimal LARGEST_HOURS = BigDecimal.valueOf(Limits.HOURS);

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Notes {@code flaw} of {@code field} unless {@code condition} holds; the arguments are the sentence's figures. */
    public Checks require(boolean condition, String field, Flaw flaw, Object... arguments) {
        if (!condition) {
            problems.add(new FieldProblem(field, flaw, arguments));
        }
        return this;
    }

    private Checks add(String field, Texts.Flawed flawed) {
        problems.add(new FieldProblem(field, flawed.flaw(), flawed.arguments()));
        return this;
    }

    public Checks notNegative(Number value, String field) {
        boolean negative = value != null && (value instanceof BigDecimal big ? big.signum() < 0 : value.longValue() < 0);
        return require(!negative, field, Flaw.NEGATIVE);
    }

    /** A count of people or things: 0 … {@code max}. */
    public Checks count(Integer value, String field, int max) {
        notNegative(value, field);
        return require(value == null || value <= max, field, Flaw.AT_MOST, max);
    }

    /** An amount in Danish kroner: whole øre, not negative, at most {@link Limits#KRONER}. */
    public Checks kroner(BigDecimal amount, String field) {
        notNegative(amount, field);
        if (amount != null && amount.abs().compareTo(LARGEST_AMOUNT) > 0) {
            return require(false, field, Flaw.KRONER_AT_MOST, Limits.KRONER);
        }
        return require(amount == null || amount.stripTrailingZeros().scale() <= 2, field, Flaw.KRONER_DECIMALS);
    }

    /** An amount in Danish kroner that may be negative (a saving): whole øre, at most {@link Limits#KRONER} either way. */
    public Checks signedKroner(BigDecimal amount, String field) {
        if (amount != null && amount.abs().compareTo(LARGEST_AMOUNT) > 0) {
            return require(false, field, Flaw.KRONER_BETWEEN, Limits.KRONER);
        }
        return require(amount == null || amount.stripTrailingZeros().scale() <= 2, field, Flaw.KRONER_DECIMALS);
    }

    /** A date a plan names, which may lie after the programme: from its first day to {@code yearsAfter} after its last. */
    public Checks plannedDate(LocalDate date, String field, ProgrammePeriod period, int yearsAfter) {
        LocalDate latest = period.last().plusYears(yearsAfter);
        return require(date == null || !date.isBefore(period.first()) && !date.isAfter(latest), field,
                Flaw.DATE_BETWEEN, String.valueOf(period.first()), String.valueOf(latest));
    }

    /** Hours: not negative, at most {@link Limits#HOURS}, at most two decimals. */
    public Checks hours(BigDecimal hours, String field) {
        notNegative(hours, field);
        if (hours != null && hours.abs().compareTo(LARGEST_HOURS) > 0) {
            return require(false, field, Flaw.HOURS_AT_MOST, Limits.HOURS);
        }
        return require(hours == null || hours.stripTrailingZeros().scale() <= 2, field, Flaw.HOURS_DECIMALS);
    }

    /** A title, a name, a topic: one line of at most {@link Limits#SHORT_TEXT} characters with something visible. */
    public Checks shortText(String text, String field, boolean required) {
        return text(text, field, required, Limits.SHORT_TEXT, false);
    }

    /** A hypothesis, an insight, a summary: at most {@link Limits#LONG_TEXT} characters; tab and newline allowed. */
    public Checks longText(String text, String field, boolean required) {
        return text(text, field, required, Limits.LONG_TEXT, true);
    }

    /** A web address (http or https, with a host) of at most {@link Limits#LINK} characters; null when not given. */
    public Checks link(String text, String field) {
        if (text == null) {
            return this;
        }
        int before = problems.size();
        text(text, field, true, Limits.LINK, false);
        if (problems.size() > before) {
            return this;
        }
        return require(isWebAddress(text.strip()), field, Flaw.NOT_A_WEB_ADDRESS);
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("https")
                    || uri.getScheme().equalsIgnoreCase("http")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** An identifier a client refers to: one line of at most {@link Limits#IDENTIFIER} characters. */
    public Checks identifier(String text, String field) {
        if (text == null) {
            return require(false, field, Flaw.GIVEN);
        }
        return text(text, field, true, Limits.IDENTIFIER, false);
    }

    private Checks text(String text, String field, boolean required, int maxLength, boolean multiLine) {
        if (text == null) {
            return require(!required, field, Flaw.BLANK);
        }
        Texts.Flawed problem = Texts.problem(text, maxLength, multiLine);
        if (problem != null) {
            return add(field, problem);
        }
        if (required) {
            return require(Texts.hasVisible(text), field, Flaw.BLANK);
        }
        return require(text.isBlank() || Texts.hasVisible(text), field, Flaw.INVISIBLE);
    }

    /** A list of at most {@code max} entries, none of them null. */
    public Checks list(Collection<?> values, String field, int max) {
        if (values == null) {
            return this;
        }
        if (values.size() > max) {
            return require(false, field, Flaw.TOO_MANY_ENTRIES, max, values.size());
        }
        return require(values.stream().allMatch(value -> value != null), field, Flaw.NULL_ENTRY);
    }

    /** Identifiers of other records: each one an identifier, none twice. */
    public Checks distinctIdentifiers(List<String> ids, String field) {
        if (ids == null || ids.size() > Limits.REFERENCES) {
            return list(ids, field, Limits.REFERENCES);
        }
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            identifier(id, field + "[" + i + "]");
            Integer earlier = id == null ? null : firstAt.putIfAbsent(id, i);
            require(earlier == null, field + "[" + i + "]", Flaw.REPEATS, field + "[" + earlier + "]");
        }
        return this;
    }

    /** A date within the programme's period; {@code happened}: also not after today. */
    public Checks date(LocalDate date, String field, ProgrammePeriod period, boolean happened, boolean required) {
        if (date == null) {
            return require(!required, field, Flaw.GIVEN);
        }
        if (date.isBefore(period.first()) || date.isAfter(period.last())) {
            return require(false, field, Flaw.OUTSIDE_PERIOD, period.first().toString(), period.last().toString());
        }
        LocalDate today = period.today();
        return require(!happened || !date.isAfter(today), field, Flaw.AFTER_TODAY, today.toString());
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
    }
}
