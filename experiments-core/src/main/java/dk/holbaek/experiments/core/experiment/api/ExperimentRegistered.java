package dk.holbaek.experiments.core.experiment.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ExperimentRegistered(
        String experimentId,
        String title,
        String hypothesis,
        Method method,
        ExperimentRole role,
        List<InsightArea> insightAreas,
        List<TargetGroup> targetGroups,
        String localArea,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String owner) implements ExperimentEvent {
}
