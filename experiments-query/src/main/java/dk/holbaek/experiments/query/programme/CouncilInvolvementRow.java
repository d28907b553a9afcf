package dk.holbaek.experiments.query.programme;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.holbaek.experiments.core.council.api.InvolvementForm;

@Document("view_council_involvements")
public record CouncilInvolvementRow(@Id String id, String eventId, LocalDate occurredOn, InvolvementForm form, String topic,
                                    List<String> experimentIds, boolean localAreaDialogueProposal,
                                    boolean withdrawn) implements Row {

    /** The involvement withdrawn as recorded by mistake: its row stays, counted nowhere. */
    CouncilInvolvementRow asWithdrawn(String withdrawalEventId) {
        return new CouncilInvolvementRow(id, withdrawalEventId, occurredOn, form, topic, experimentIds,
                localAreaDialogueProposal, true);
    }
}
