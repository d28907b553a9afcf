package dk.holbaek.experiments.core.experiment.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ActivityLogged(
        String experimentId,
        String activityId,
        String title,
        ActivityKind kind,
        LocalDate occurredOn,
        Channel channel,
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime startsAt,
        Integer durationMinutes,
        String localArea,
        Participants participants,
        int councilMembersPresent,
        int staffPresent,
        List<String> departments,
        List<Cost> costs,
        Feedback feedback) implements ExperimentEvent {
}
