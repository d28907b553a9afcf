package dk.holbaek.experiments.core.council.api;

import org.axonframework.serialization.Revision;

/** A council involvement recorded by mistake: it counts nowhere; its history stays. */
@Revision("1")
public record CouncilInvolvementWithdrawn(
        String involvementId,
        String reason) implements CouncilEvent {
}
