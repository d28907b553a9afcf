package dk.holbaek.experiments.query.experiment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import dk.holbaek.experiments.core.experiment.api.ExperimentEvent;

/**
 * Reads one experiment straight from its event stream, so that a client sees its own write at once and the
 * version it must send back in {@code If-Match} is exact.
 */
@Component
public class ExperimentReader {

    /** The metadata key naming the user who sent the command that recorded an event. */
    public static final String RECORDED_BY = HistoryEntry.RECORDED_BY;

    private final EventStore eventStore;

    ExperimentReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<ExperimentDetail> detail(String experimentId) {
        return detailRecordedBefore(experimentId, Instant.MAX);
    }

    /** The experiment as it stood with the events recorded strictly before {@code before}. */
    public Optional<ExperimentDetail> detailRecordedBefore(String experimentId, Instant before) {
        ExperimentDetailFold fold = new ExperimentDetailFold();
        for (DomainEventMessage<?> event : events(experimentId)) {
            if (!event.getTimestamp().isBefore(before)) {
                break;
            }
            if (!(event.getPayload() instanceof ExperimentEvent experimentEvent)) {
                return Optional.empty();
            }
            fold.apply(experimentEvent, event.getSequenceNumber());
        }
        return fold.isExperiment() ? Optional.of(fold.detail()) : Optional.empty();
    }

    /** The experiment's events in order, or empty when there is no such experiment. */
    public Optional<List<HistoryEntry>> history(String experimentId) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (DomainEventMessage<?> event : events(experimentId)) {
            if (!(event.getPayload() instanceof ExperimentEvent)) {
                return Optional.empty();
            }
            entries.add(HistoryEntry.of(event));
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries);
    }

    /** Every event of the aggregate from its first: never a snapshot, which is the aggregate's state, not a fact. */
    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        return stream.asStream().toList();
    }
}
