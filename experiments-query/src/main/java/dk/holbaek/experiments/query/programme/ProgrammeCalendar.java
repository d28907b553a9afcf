package dk.holbaek.experiments.query.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The programme's dates from the mandate: it runs in 2014 and 2015, in Danish time. */
public final class ProgrammeCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    public static final int FIRST_YEAR = 2014;
    public static final int LAST_YEAR = 2015;
    /** "Dialogue with citizens and local areas already in the first half of 2014." */
    public static final LocalDate FIRST_HALF_2014_ENDS = LocalDate.of(2014, 6, 30);
    /** "Before the summer holiday": the Danish school summer holiday of 2014 began on Saturday 28 June. */
    public static final LocalDate SUMMER_HOLIDAY_2014_BEGINS = LocalDate.of(2014, 6, 28);

    private ProgrammeCalendar() {
    }

    /**
     * The first moment after a day in Danish time: "as of 2014-12-31" means everything recorded before this moment.
     * The one conversion from a date to an instant, for the views, the report and the dashboard.
     */
    public static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
