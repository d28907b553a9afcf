package dk.holbaek.experiments.core.council.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects a council involvement: its full new version and why. */
public record CorrectCouncilInvolvement(
        @TargetAggregateIdentifier String involvementId,
        @TargetAggregateVersion Long expectedVersion,
        RecordCouncilInvolvement corrected,
        String reason) {
}
