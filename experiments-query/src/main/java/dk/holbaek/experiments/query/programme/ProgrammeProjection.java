package dk.holbaek.experiments.query.programme;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(ProgrammeProjection.class);

    private final MongoRows rows;
    private final BatchRows batch;
    private final ViewsFailures failures;
    private final Clock clock;
    private final List<EventMessage<?>> batchEvents = new ArrayList<>();

    ProgrammeProjection(MongoRows rows, ViewsFailures failures, Clock clock) {
        this.rows = rows;
        this.batch = BatchRows.reading(rows);
        this.failures = failures;
        this.clock = clock;
    }

    /**
     * Folds one event into the batch; its last event writes the batch. An event that cannot be folded, or whose rows
     * cannot be written, fails the batch: the processor rolls it back and tries it again later, so the views stop at
     * that event and fold nothing after it, and {@link ViewsFailures} names it.
     */
    @EventHandler
    void on(Object event, EventMessage<?> message) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get() : null;
        BatchingUnitOfWork<?> batched = unitOfWork instanceof BatchingUnitOfWork<?> b ? b : null;
        if (batched == null || batched.isFirstMessage()) {
            batch.discard();
            batchEvents.clear();
            rows.refresh();
            if (unitOfWork != null) {
                unitOfWork.onRollback(rolledBack -> batch.discard());
            }
        }
        batchEvents.add(message);
        try {
            batch.fold(event, message);
        } catch (RuntimeException e) {
            throw noEventsFault(e) ? e : stopped(message, e);
        }
        if (batched == null || batched.isLastMessage()) {
            try {
                batch.flush();
            } catch (RuntimeException e) {
                throw locate(e);
            }
            failures.folded();
        }
    }

    /**
     * The batch's rows could not be written: each of its events is written alone to find the one that cannot be (an
     * event before it is written again when the batch is retried, which changes nothing). A database that cannot be
     * reached, or whose disk is full, blames no event.
     */
    private RuntimeException locate(RuntimeException batchFailure) {
        batch.discard();
        if (noEventsFault(batchFailure)) {
            log.warn("The views wait for the database: {}", DatabaseUnreachable.reason(batchFailure));
            return batchFailure;
        }
        BatchRows single = BatchRows.reading(rows);
        for (EventMessage<?> message : batchEvents) {
            try {
                single.fold(message.getPayload(), message);
                single.flush();
            } catch (RuntimeException e) {
                return noEventsFault(e) ? e : stopped(message, e);
            }
        }
        return batchFailure;
    }

    /** The database away or its disk full: the processor tries the batch again later, and no event is named. */
    private static boolean noEventsFault(RuntimeException e) {
        return DatabaseUnreachable.causes(e) || StorageFull.causes(e);
    }

    private RuntimeException stopped(EventMessage<?> message, RuntimeException e) {
        FoldFailure failure = FoldFailure.of(message, e, clock.instant());
        failures.failed(failure);
        log.error("The views stopped: {}; they fold nothing after it until it can be folded", failure.describe());
        return e;
    }

    @ResetHandler
    void reset() {
        batch.discard();
        rows.clear();
    }
}
