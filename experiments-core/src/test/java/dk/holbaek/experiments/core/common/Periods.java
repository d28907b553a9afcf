package dk.holbaek.experiments.core.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The programme's default period for the aggregates' tests, on a day when the whole programme has happened. */
public final class Periods {

    public static final LocalDate TODAY = LocalDate.of(2016, 6, 1);

    private Periods() {
    }

    public static ProgrammePeriod programme() {
        return new ProgrammePeriod(LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31),
                Clock.fixed(Instant.parse("2016-06-01T10:00:00Z"), ProgrammePeriod.ZONE));
    }
}
