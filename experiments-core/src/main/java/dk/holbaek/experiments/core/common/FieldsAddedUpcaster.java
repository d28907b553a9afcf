package dk.holbaek.experiments.core.common;

import java.util.function.Consumer;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads an event stored at an older revision whose only difference from the next is fields it did not have: the
 * payload is given those fields with the values that mean "not given" ({@code additions}), and the next revision.
 */
public abstract class FieldsAddedUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final Consumer<ObjectNode> additions;

    protected FieldsAddedUpcaster(Class<?> eventType, String fromRevision, String toRevision,
                                  Consumer<ObjectNode> additions) {
        this.from = new SimpleSerializedType(eventType.getName(), fromRevision);
        this.to = new SimpleSerializedType(eventType.getName(), toRevision);
        this.additions = additions;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(from);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            additions.accept((ObjectNode) payload);
            return payload;
        });
    }
}
