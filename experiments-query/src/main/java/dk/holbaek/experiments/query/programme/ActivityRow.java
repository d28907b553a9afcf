package dk.holbaek.experiments.query.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;

import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;

/**
 * One logged activity, with the counts the views add up (stored with the groups' and categories' names as keys); {@code costsDkk}
 * holds the sum per category, {@code respondents} is null when no feedback was collected. {@code sequence}: the
 * experiment's event that wrote this version of the row (a correction writes a later one; the latest counts);
 * {@code withdrawn}: withdrawn as logged by mistake; {@code localArea}: where it took place, when noted.
 */
public record ActivityRow(@Id String id, String eventId, String experimentId, String title, LocalDate occurredOn, Channel channel,
                          LocalTime startsAt, int participants, Map<TargetGroup, Integer> participantsByGroup, int businesses,
                          int councilMembersPresent, int staffPresent, List<String> departments,
                          Map<CostCategory, BigDecimal> costsDkk, Integer respondents, Integer foundMeaningful, long sequence,
                          boolean withdrawn, String localArea) implements Row {

    /** An activity withdrawn by the event at {@code sequence}: it replaces the activity's row and counts nowhere. */
    static ActivityRow withdrawn(String id, String eventId, String experimentId, long sequence) {
        return new ActivityRow(id, eventId, experimentId, null, null, null, null, 0, Map.of(), 0, 0, 0, List.of(), Map.of(),
                null, null, sequence, true, null);
    }
}
