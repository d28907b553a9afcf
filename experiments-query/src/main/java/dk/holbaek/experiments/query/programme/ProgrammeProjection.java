package dk.holbaek.experiments.query.programme;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * The live read model: every event of the log folded into the rows in MongoDB by {@link ProgrammeFold}, in a
 * tracking processor of its own, so it can be rebuilt from the event store at any time.
 */
@Component
@ProcessingGroup(ProgrammeProjection.PROCESSING_GROUP)
class ProgrammeProjection {

    static final String PROCESSING_GROUP = "programme-views";

    private final MongoRows rows;
    private final RebuildProgress progress;

    ProgrammeProjection(MongoRows rows, RebuildProgress progress) {
        this.rows = rows;
        this.progress = progress;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        ProgrammeFold.apply(event, sequence, message.getIdentifier(), rows);
        progress.handled();
    }

    @ResetHandler
    void reset() {
        rows.clear();
    }
}
