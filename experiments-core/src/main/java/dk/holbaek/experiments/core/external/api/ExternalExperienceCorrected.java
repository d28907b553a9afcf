package dk.holbaek.experiments.core.external.api;

import org.axonframework.serialization.Revision;

/** An experience from elsewhere as it should have been recorded; {@code corrected} holds every field. */
@Revision("1")
public record ExternalExperienceCorrected(
        String experienceId,
        ExternalExperienceRecorded corrected,
        String reason) implements ExternalExperienceEvent {
}
