package dk.holbaek.experiments.core.experiment.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record LogActivity(
        @TargetAggregateIdentifier String experimentId,
        @TargetAggregateVersion Long expectedVersion,
        String activityId,
        String title,
        ActivityKind kind,
        LocalDate occurredOn,
        Channel channel,
        LocalTime startsAt,
        Integer durationMinutes,
        String localArea,
        Participants participants,
        Integer councilMembersPresent,
        Integer staffPresent,
        List<String> departments,
        List<Cost> costs,
        Feedback feedback) implements ExperimentCommand {
}
