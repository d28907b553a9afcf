package dk.holbaek.experiments.core.experiment.api;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many took part, as counts only: individual citizens are never stored. {@code byGroup} counts those
 * whose group was noted; a person may be noted in at most one group, so the groups never add up to more than
 * the total.
 */
public record Participants(Integer total, Map<TargetGroup, Integer> byGroup, Integer businesses, Integer organisations) {

    public Participants {
        byGroup = byGroup == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(byGroup));
    }

    /** Summed as a long: counts near the largest int must not wrap around into a small sum. */
    public long notedInGroups() {
        return byGroup.values().stream().filter(count -> count != null).mapToLong(Integer::longValue).sum();
    }
}
