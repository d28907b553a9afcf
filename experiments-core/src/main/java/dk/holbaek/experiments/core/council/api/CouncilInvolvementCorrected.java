package dk.holbaek.experiments.core.council.api;

import org.axonframework.serialization.Revision;

/** A council involvement as it should have been recorded; {@code corrected} holds every field. */
@Revision("1")
public record CouncilInvolvementCorrected(
        String involvementId,
        CouncilInvolvementRecorded corrected,
        String reason) implements CouncilEvent {
}
