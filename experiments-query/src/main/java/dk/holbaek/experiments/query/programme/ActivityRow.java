package dk.holbaek.experiments.query.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;

import dk.holbaek.experiments.core.experiment.api.Channel;

/**
 * One logged activity, with the counts the views add up. Group and cost keys are the enum names; {@code costsDkk}
 * holds the sum per category, {@code respondents} is null when no feedback was collected.
 */
public record ActivityRow(@Id String id, String eventId, String experimentId, String title, LocalDate occurredOn, Channel channel,
                          LocalTime startsAt, int participants, Map<String, Integer> participantsByGroup, int businesses,
                          int councilMembersPresent, int staffPresent, List<String> departments,
                          Map<String, BigDecimal> costsDkk, Integer respondents, Integer foundMeaningful) implements Row {
}
