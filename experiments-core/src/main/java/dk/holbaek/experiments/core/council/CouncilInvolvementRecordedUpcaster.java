package dk.holbaek.experiments.core.council;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;

/** Revision 1 of {@link CouncilInvolvementRecorded} had no {@code localAreaDialogueProposal}: it was not one. */
public class CouncilInvolvementRecordedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(CouncilInvolvementRecorded.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(CouncilInvolvementRecorded.class.getName(), "2"),
                JsonNode.class, payload -> {
                    ((ObjectNode) payload).put("localAreaDialogueProposal", false);
                    return payload;
                });
    }
}
