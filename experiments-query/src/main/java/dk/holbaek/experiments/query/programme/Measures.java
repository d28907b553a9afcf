package dk.holbaek.experiments.query.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.List;

import dk.holbaek.experiments.core.experiment.api.TargetGroup;

/**
 * The rules behind more than one figure, written once for the criteria views and the experience report, so that a
 * figure the steering group sees and the same figure in the council's report cannot drift apart.
 */
public final class Measures {

    /** Evening meetings start at 17:00 or later; the mandate's hard-to-reach groups rarely come to those. */
    public static final LocalTime EVENING = LocalTime.of(17, 0);

    /** The groups the mandate names as rarely heard: families with children, young people, business owners and
     * citizens of non-Danish background. */
    public static final List<TargetGroup> RARELY_HEARD = List.of(TargetGroup.FAMILIES_WITH_CHILDREN,
            TargetGroup.YOUNG_PEOPLE, TargetGroup.BUSINESS_OWNERS, TargetGroup.NON_DANISH_BACKGROUND);

    private static final int SHARE_DECIMALS = 4;
    private static final LocalTime NOON = LocalTime.NOON;

    /** When an activity began: before noon, in the afternoon, in the evening (from {@link #EVENING}), or not noted. */
    public enum TimeOfDay { MORNING, AFTERNOON, EVENING, NOT_NOTED }

    private Measures() {
    }

    public static TimeOfDay timeOfDay(LocalTime startsAt) {
        if (startsAt == null) {
            return TimeOfDay.NOT_NOTED;
        }
        if (startsAt.isBefore(NOON)) {
            return TimeOfDay.MORNING;
        }
        return startsAt.isBefore(EVENING) ? TimeOfDay.AFTERNOON : TimeOfDay.EVENING;
    }

    /** A share from 0 to 1 with four decimals; null when nobody answered, never a division by zero. */
    public static BigDecimal share(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_DECIMALS, RoundingMode.HALF_UP);
    }
}
