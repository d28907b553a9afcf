package dk.holbaek.experiments.query.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import dk.holbaek.experiments.core.council.api.CouncilEvent;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementCorrected;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementWithdrawn;
import dk.holbaek.experiments.core.council.api.InvolvementForm;
import dk.holbaek.experiments.core.external.api.ExternalExperienceCorrected;
import dk.holbaek.experiments.core.external.api.ExternalExperienceEvent;
import dk.holbaek.experiments.core.external.api.ExternalExperienceRecorded;
import dk.holbaek.experiments.core.external.api.ExternalExperienceWithdrawn;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.AdoptionCorrected;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecommendationAdopted;
import dk.holbaek.experiments.core.recommendation.api.RecommendationCorrected;
import dk.holbaek.experiments.core.recommendation.api.RecommendationEvent;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;
import dk.holbaek.experiments.core.recommendation.api.RecommendationWithdrawn;
import dk.holbaek.experiments.query.experiment.HistoryEntry;

/**
 * A council involvement, a recommendation or an experience from elsewhere read from its own events, as it stands with every correction, and with
 * its whole history (what was first said, each correction, who recorded it and when).
 */
@Component
public class RecordReader {

    /** A council involvement as it stands. */
    public record CouncilInvolvementDetail(String id, LocalDate occurredOn, InvolvementForm form, String topic,
                                           List<String> experimentIds, boolean localAreaDialogueProposal,
                                           boolean withdrawn, String withdrawalReason, long version,
                                           List<HistoryEntry> history) {
    }

    /** A recommendation as it stands: the learnings it rests on and who adopted it when. */
    public record RecommendationDetail(String id, String title, String text, List<LearningReference> basedOnLearnings,
                                       String rationale, BigDecimal economicConsequenceDkk, String owner,
                                       LocalDate implementBy, Map<AdoptingBody, LocalDate> adoptions, boolean withdrawn,
                                       String withdrawalReason, long version, List<HistoryEntry> history) {
    }

    /** An experience from elsewhere as it stands. */
    public record ExternalExperienceDetail(String id, String title, String place, String country, String method,
                                           String link, String learned, List<String> experimentIds,
                                           LocalDate recordedOn, boolean withdrawn, String withdrawalReason,
                                           long version, List<HistoryEntry> history) {
    }

    private final EventStore eventStore;

    RecordReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<CouncilInvolvementDetail> councilInvolvement(String id) {
        CouncilInvolvementRecorded current = null;
        String withdrawal = null;
        List<HistoryEntry> history = new ArrayList<>();
        for (DomainEventMessage<?> event : events(id)) {
            if (!(event.getPayload() instanceof CouncilEvent payload)) {
                return Optional.empty();
            }
            history.add(HistoryEntry.of(event));
            if (payload instanceof CouncilInvolvementRecorded e) {
                current = e;
            } else if (payload instanceof CouncilInvolvementCorrected e) {
                current = e.corrected();
            } else if (payload instanceof CouncilInvolvementWithdrawn e) {
                withdrawal = e.reason();
            }
        }
        if (current == null) {
            return Optional.empty();
        }
        return Optional.of(new CouncilInvolvementDetail(id, current.occurredOn(), current.form(), current.topic(),
                current.experimentIds(), current.localAreaDialogueProposal(), withdrawal != null, withdrawal,
                history.size() - 1L, List.copyOf(history)));
    }

    public Optional<RecommendationDetail> recommendation(String id) {
        RecommendationRecorded current = null;
        Map<AdoptingBody, LocalDate> adoptions = new EnumMap<>(AdoptingBody.class);
        String withdrawal = null;
        List<HistoryEntry> history = new ArrayList<>();
        for (DomainEventMessage<?> event : events(id)) {
            if (!(event.getPayload() instanceof RecommendationEvent payload)) {
                return Optional.empty();
            }
            history.add(HistoryEntry.of(event));
            if (payload instanceof RecommendationRecorded e) {
                current = e;
            } else if (payload instanceof RecommendationCorrected e) {
                current = e.corrected();
            } else if (payload instanceof RecommendationAdopted e) {
                adoptions.put(e.adoptedBy(), e.adoptedOn());
            } else if (payload instanceof AdoptionCorrected e) {
                adoptions.put(e.corrected().adoptedBy(), e.corrected().adoptedOn());
            } else if (payload instanceof RecommendationWithdrawn e) {
                withdrawal = e.reason();
            }
        }
        if (current == null) {
            return Optional.empty();
        }
        return Optional.of(new RecommendationDetail(id, current.title(), current.text(), current.basedOnLearnings(),
                current.rationale(), current.economicConsequenceDkk(), current.owner(), current.implementBy(),
                Map.copyOf(adoptions), withdrawal != null, withdrawal, history.size() - 1L, List.copyOf(history)));
    }

    public Optional<ExternalExperienceDetail> externalExperience(String id) {
        ExternalExperienceRecorded current = null;
        String withdrawal = null;
        List<HistoryEntry> history = new ArrayList<>();
        for (DomainEventMessage<?> event : events(id)) {
            if (!(event.getPayload() instanceof ExternalExperienceEvent payload)) {
                return Optional.empty();
            }
            history.add(HistoryEntry.of(event));
            if (payload instanceof ExternalExperienceRecorded e) {
                current = e;
            } else if (payload instanceof ExternalExperienceCorrected e) {
                current = e.corrected();
            } else if (payload instanceof ExternalExperienceWithdrawn e) {
                withdrawal = e.reason();
            }
        }
        if (current == null) {
            return Optional.empty();
        }
        return Optional.of(new ExternalExperienceDetail(id, current.title(), current.place(), current.country(),
                current.method(), current.link(), current.learned(), current.experimentIds(), current.recordedOn(),
                withdrawal != null, withdrawal, history.size() - 1L, List.copyOf(history)));
    }

    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().toList();
    }
}
