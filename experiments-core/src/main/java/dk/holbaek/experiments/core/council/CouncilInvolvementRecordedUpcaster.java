package dk.holbaek.experiments.core.council;

import dk.holbaek.experiments.core.common.FieldsAddedUpcaster;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;

/** Revision 1 of {@link CouncilInvolvementRecorded} had no {@code localAreaDialogueProposal}: it was not one. */
public class CouncilInvolvementRecordedUpcaster extends FieldsAddedUpcaster {

    public CouncilInvolvementRecordedUpcaster() {
        super(CouncilInvolvementRecorded.class, "1", "2", payload -> payload.put("localAreaDialogueProposal", false));
    }
}
