package dk.holbaek.experiments.core.council.api;

/** The events of a council involvement. */
public sealed interface CouncilEvent permits CouncilInvolvementRecorded, CouncilInvolvementCorrected,
        CouncilInvolvementWithdrawn {

    String involvementId();
}
