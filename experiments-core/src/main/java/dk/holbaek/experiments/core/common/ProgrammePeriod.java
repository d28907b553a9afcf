package dk.holbaek.experiments.core.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days on which the programme's facts can lie ({@code first} … {@code last}, configuration), and today's date
 * in Denmark, after which nothing can have happened yet. Given to the aggregates' command handlers as a resource.
 */
public record ProgrammePeriod(LocalDate first, LocalDate last, Clock clock) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    public ProgrammePeriod {
        if (first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException("the programme's period must have a first day on or before its last");
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
