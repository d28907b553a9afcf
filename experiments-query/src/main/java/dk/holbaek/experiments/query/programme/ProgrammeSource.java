package dk.holbaek.experiments.query.programme;

import java.time.Instant;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * The programme as the views see it: live from the read model, or as it stood at a past moment, folded afresh from
 * the events recorded before that moment by the same {@link ProgrammeFold}, without touching the live rows.
 */
@Component
public class ProgrammeSource {

    private final MongoRows liveRows;
    private final EventStore eventStore;

    ProgrammeSource(MongoRows liveRows, EventStore eventStore) {
        this.liveRows = liveRows;
        this.eventStore = eventStore;
    }

    public Programme live() {
        return liveRows.programme();
    }

    /** From the events recorded (event-store time) strictly before {@code before}. */
    public Programme recordedBefore(Instant before) {
        InMemoryRows rows = new InMemoryRows();
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            while (events.hasNextAvailable()) {
                TrackedEventMessage<?> event = events.nextAvailable();
                if (event.getTimestamp().isBefore(before)) {
                    long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
                    ProgrammeFold.apply(event.getPayload(), sequence, event.getIdentifier(), rows);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event log", e);
        }
        return rows.programme();
    }

    /** How many events the log holds now. */
    public long eventCount() {
        long count = 0;
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(null)) {
            while (events.hasNextAvailable()) {
                events.nextAvailable();
                count++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the event log", e);
        }
        return count;
    }
}
