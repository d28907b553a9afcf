package dk.holbaek.experiments.core.recommendation;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;

/**
 * Revision 1 of {@link RecommendationRecorded} had no rationale, economic consequence, owner or date to implement
 * by: it reads with none given. A {@code RecommendationCorrected} holds its corrected recommendation whole and
 * reads the same way, as its fields are read by name.
 */
public class RecommendationRecordedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(RecommendationRecorded.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(RecommendationRecorded.class.getName(), "2"),
                JsonNode.class, payload -> {
                    ObjectNode node = (ObjectNode) payload;
                    node.putNull("rationale");
                    node.putNull("economicConsequenceDkk");
                    node.putNull("owner");
                    node.putNull("implementBy");
                    return node;
                });
    }
}
