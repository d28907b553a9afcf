package dk.holbaek.experiments.query.programme;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.Method;

/**
 * One experiment in the read model. {@code version} is the sequence number of the last event folded into it, so
 * that an event delivered again (after a lost token) changes nothing; {@code eventIds} are the registration and the
 * status changes it was made from; {@code withdrawn}: withdrawn as registered by mistake, with everything recorded on it;
 * {@code localArea}: the local area it works in, null when it works across them.
 */
@Document("view_experiments")
public record ExperimentRow(@Id String id, String title, Method method, List<InsightArea> insightAreas,
                            ExperimentStatus status, long version, List<String> eventIds, boolean withdrawn,
                            String localArea) implements Row {

    ExperimentRow withStatus(ExperimentStatus newStatus, long sequence, String eventId) {
        List<String> ids = new ArrayList<>(eventIds);
        ids.add(eventId);
        return new ExperimentRow(id, title, method, insightAreas, newStatus, sequence, List.copyOf(ids), withdrawn, localArea);
    }

    /** The same row after an event that changes no figure of it (a corrected date), noted among its sources. */
    ExperimentRow withEvent(long sequence, String eventId) {
        return withStatus(status, sequence, eventId);
    }

    ExperimentRow withRegistration(String newTitle, Method newMethod, List<InsightArea> newAreas, String newLocalArea,
                                   long sequence, String eventId) {
        ExperimentRow row = withEvent(sequence, eventId);
        return new ExperimentRow(id, newTitle, newMethod, newAreas, status, row.version(), row.eventIds(), withdrawn,
                newLocalArea);
    }

    ExperimentRow asWithdrawn(long sequence, String eventId) {
        ExperimentRow row = withEvent(sequence, eventId);
        return new ExperimentRow(id, title, method, insightAreas, status, row.version(), row.eventIds(), true, localArea);
    }
}
