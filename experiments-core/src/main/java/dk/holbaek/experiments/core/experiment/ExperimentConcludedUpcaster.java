package dk.holbaek.experiments.core.experiment;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;

/** Revision 1 of {@link ExperimentConcluded} did not judge the hypothesis: it reads as not yet judged. */
public class ExperimentConcludedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ExperimentConcluded.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(ExperimentConcluded.class.getName(), "2"),
                JsonNode.class, payload -> {
                    ((ObjectNode) payload).putNull("hypothesisOutcome");
                    ((ObjectNode) payload).putNull("hypothesisReason");
                    return payload;
                });
    }
}
