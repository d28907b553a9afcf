package dk.holbaek.experiments.core.council.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** Revision 2 added {@code localAreaDialogueProposal}; revision 1 events are read as {@code false}. */
@Revision("2")
public record CouncilInvolvementRecorded(
        String involvementId,
        LocalDate occurredOn,
        InvolvementForm form,
        String topic,
        List<String> experimentIds,
        boolean localAreaDialogueProposal) implements CouncilEvent {
}
