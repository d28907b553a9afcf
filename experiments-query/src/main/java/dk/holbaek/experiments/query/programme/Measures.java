package dk.holbaek.experiments.query.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.holbaek.experiments.core.experiment.api.Channel;
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

    /**
     * Where an activity took place: its own local area when noted, else its experiment's, written as the
     * municipality's list writes it when it names the same area in another case; null when neither names one (digital,
     * or across the local areas).
     */
    public static String localArea(ActivityRow activity, ExperimentRow experiment, List<String> localAreas) {
        return localArea(activity.localArea() != null ? activity.localArea() : experiment == null ? null
                : experiment.localArea(), localAreas);
    }

    /** A local area as the municipality's list writes it when it names the same area in another case; null stays null. */
    public static String localArea(String area, List<String> localAreas) {
        return area == null ? null : localAreas.stream().filter(known -> known.equalsIgnoreCase(area)).findFirst()
                .orElse(area);
    }

    /**
     * The activities per local area: the municipality's areas first, in their order (those without activities
     * included), then any other area named, alphabetically; {@code notTied}: activities in no area;
     * {@code notReached}: the municipality's areas without an activity with participants.
     */
    public record AreaReach(Map<String, List<ActivityRow>> byArea, List<ActivityRow> notTied, List<String> notReached) {
    }

    public static AreaReach byLocalArea(Programme programme, List<String> localAreas) {
        Map<String, ExperimentRow> experiments = programme.experiments().stream()
                .collect(Collectors.toMap(ExperimentRow::id, Function.identity()));
        Map<String, List<ActivityRow>> byArea = new LinkedHashMap<>();
        localAreas.forEach(area -> byArea.put(area, new ArrayList<>()));
        Map<String, List<ActivityRow>> others = new TreeMap<>();
        List<ActivityRow> notTied = new ArrayList<>();
        for (ActivityRow activity : programme.activities()) {
            String area = localArea(activity, experiments.get(activity.experimentId()), localAreas);
            if (area == null) {
                notTied.add(activity);
            } else {
                (byArea.containsKey(area) ? byArea : others).computeIfAbsent(area, name -> new ArrayList<>()).add(activity);
            }
        }
        byArea.putAll(others);
        List<String> notReached = localAreas.stream()
                .filter(area -> byArea.get(area).stream().noneMatch(activity -> activity.participants() > 0)).toList();
        return new AreaReach(byArea, notTied, notReached);
    }

    /** Whether an activity did not start in the evening: it began before {@link #EVENING}, or was digital without a
     * start time. */
    public static boolean notInTheEvening(ActivityRow activity) {
        return activity.startsAt() != null ? activity.startsAt().isBefore(EVENING) : activity.channel() == Channel.DIGITAL;
    }

    /** Whether a physical or hybrid activity's start time is unknown. */
    public static boolean startTimeNotNoted(ActivityRow activity) {
        return activity.startsAt() == null && activity.channel() != Channel.DIGITAL;
    }

    /** Whether an activity was dialogue with citizens in the first half of 2014: it had participants and took place then. */
    public static boolean dialogueInFirstHalfOf2014(ActivityRow activity) {
        return activity.participants() > 0 && activity.occurredOn().getYear() == ProgrammeCalendar.FIRST_YEAR
                && !activity.occurredOn().isAfter(ProgrammeCalendar.FIRST_HALF_2014_ENDS);
    }

    /** Kroner per person, rounded to whole kroner; null when nobody took part. */
    public static BigDecimal perPerson(BigDecimal amount, long people) {
        return people == 0 ? null : amount.divide(BigDecimal.valueOf(people), 0, RoundingMode.HALF_UP);
    }

    /** A share from 0 to 1 with four decimals; null when nobody answered, never a division by zero. */
    public static BigDecimal share(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SHARE_DECIMALS, RoundingMode.HALF_UP);
    }
}
