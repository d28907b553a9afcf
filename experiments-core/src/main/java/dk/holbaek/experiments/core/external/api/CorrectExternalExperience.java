package dk.holbaek.experiments.core.external.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Corrects an experience from elsewhere: its full new version and why. */
public record CorrectExternalExperience(
        @TargetAggregateIdentifier String experienceId,
        @TargetAggregateVersion Long expectedVersion,
        RecordExternalExperience corrected,
        String reason) {
}
