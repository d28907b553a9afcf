package dk.holbaek.experiments.query.programme;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The live read model: every event of the log folded into the rows in MongoDB by {@link ProgrammeFold}, in a
 * tracking processor of its own, so it can be rebuilt from the event store at any time.
 *
 * <p>A batch of events is folded in memory and its rows written together while the batch's last event is handled:
 * before the processor stores the batch's token (which it does when the unit of work prepares to commit), so a
 * crash can lose a batch's rows only together with its token, and the batch is then delivered again.
 */
@Component
@ProcessingGroup(ProgrammeProjection.PROCESSING_GROUP)
class ProgrammeProjection {

    static final String PROCESSING_GROUP = "programme-views";

    private final MongoRows rows;
    private final BatchRows batch;
    private final RebuildProgress progress;

    ProgrammeProjection(MongoRows rows, RebuildProgress progress) {
        this.rows = rows;
        this.batch = BatchRows.reading(rows);
        this.progress = progress;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get() : null;
        BatchingUnitOfWork<?> batched = unitOfWork instanceof BatchingUnitOfWork<?> b ? b : null;
        if (batched == null || batched.isFirstMessage()) {
            batch.discard();
            if (unitOfWork != null) {
                unitOfWork.onRollback(rolledBack -> batch.discard());
            }
        }
        batch.fold(event, message);
        if (batched == null || batched.isLastMessage()) {
            batch.flush();
        }
        progress.handled();
    }

    @ResetHandler
    void reset() {
        batch.discard();
        rows.clear();
    }
}
