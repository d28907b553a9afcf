package dk.holbaek.experiments.api.http.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dk.holbaek.experiments.api.problem.BadRequestException;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;

/**
 * The moment a view is asked "as of": a date means up to the end of that day in Danish time, an instant means up
 * to and including that instant. {@code before} is the first moment not included; {@code today} the date that
 * decides which programme years count so far.
 */
record AsOf(Instant before, LocalDate today) {

    static AsOf parse(String text) {
        String value = text.strip();
        try {
            if (value.length() == "2014-12-31".length()) {
                LocalDate date = LocalDate.parse(value);
                return new AsOf(ProgrammeCalendar.endOf(date), date);
            }
            Instant instant = Instant.parse(value);
            return new AsOf(instant.plusNanos(1), instant.atZone(ProgrammeCalendar.ZONE).toLocalDate());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("asOf", Flaw.DATE_OR_INSTANT);
        }
    }
}
