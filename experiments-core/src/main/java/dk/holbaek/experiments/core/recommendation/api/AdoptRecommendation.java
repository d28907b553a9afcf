package dk.holbaek.experiments.core.recommendation.api;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AdoptRecommendation(
        @TargetAggregateIdentifier String recommendationId,
        @TargetAggregateVersion Long expectedVersion,
        LocalDate adoptedOn,
        AdoptingBody adoptedBy) {
}
