package dk.holbaek.experiments.core.external.api;

import org.axonframework.serialization.Revision;

/** An experience from elsewhere recorded by mistake: it is reported nowhere; its history stays. */
@Revision("1")
public record ExternalExperienceWithdrawn(
        String experienceId,
        String reason) implements ExternalExperienceEvent {
}
