package dk.holbaek.experiments.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;
import dk.holbaek.experiments.core.council.api.InvolvementForm;
import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.Initiator;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.SupportKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.programme.InMemoryRows;
import dk.holbaek.experiments.query.programme.Programme;
import dk.holbaek.experiments.query.programme.ProgrammeFold;

/** Writes a programme's events in order, numbering each aggregate's events as the event store does. */
public final class ProgrammeEvents {

    public record Numbered(String aggregateId, Object event, long sequence, String eventId) {
    }

    private final List<Numbered> events = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();

    public ProgrammeEvents registered(String id, String title) {
        return add(id, new ExperimentRegistered(id, title, "Hypotese", Method.LOCAL_DEBATE, ExperimentRole.INITIATED,
                List.of(InsightArea.POLITICAL_DIRECTION), List.of(), null, null, null, null));
    }

    public ProgrammeEvents running(String id, String title) {
        registered(id, title);
        add(id, new ExperimentApproved(id, LocalDate.of(2014, 3, 1), null));
        return add(id, new ExperimentStarted(id, LocalDate.of(2014, 3, 10)));
    }

    public ProgrammeEvents concluded(String id) {
        return add(id, new ExperimentConcluded(id, LocalDate.of(2015, 6, 30), "Resumé"));
    }

    public ProgrammeEvents cancelled(String id) {
        return add(id, new ExperimentCancelled(id, LocalDate.of(2014, 4, 1), "Stoppet"));
    }

    public ProgrammeEvents activity(String experimentId, String activityId, String occurredOn, Channel channel,
                                    String startsAt, int total, Map<TargetGroup, Integer> byGroup, int businesses,
                                    int councilMembers, int staff, List<String> departments, List<Cost> costs,
                                    Feedback feedback) {
        return add(experimentId, new ActivityLogged(experimentId, activityId, "Aktivitet " + activityId, ActivityKind.MEETING,
                LocalDate.parse(occurredOn), channel, startsAt == null ? null : LocalTime.parse(startsAt), 120, null,
                new Participants(total, byGroup, businesses, 0), councilMembers, staff, departments, costs, feedback));
    }

    public ProgrammeEvents learning(String experimentId, String learningId, Criterion criterion, int assessment,
                                    List<KnowledgeKind> kinds, String recordedOn) {
        return add(experimentId, new LearningRecorded(experimentId, learningId, criterion, "Indsigt " + learningId, "Evidens",
                kinds, assessment, null, LocalDate.parse(recordedOn)));
    }

    public ProgrammeEvents initiative(String experimentId, String initiativeId, InitiativeStatus status, String hours,
                                      String funding) {
        return add(experimentId, new InitiativeRecorded(experimentId, initiativeId, "Initiativ " + initiativeId,
                Initiator.CITIZENS, List.of(SupportKind.ADVICE), hours == null ? null : new BigDecimal(hours),
                funding == null ? null : new BigDecimal(funding), status, LocalDate.of(2014, 9, 1)));
    }

    public ProgrammeEvents council(String id, String occurredOn, boolean localAreaProposal) {
        return add(id, new CouncilInvolvementRecorded(id, LocalDate.parse(occurredOn), InvolvementForm.THEME_MEETING,
                "Temamøde " + occurredOn, List.of(), localAreaProposal));
    }

    /** Any further event of an aggregate, such as a correction or a withdrawal. */
    public ProgrammeEvents then(String aggregateId, Object event) {
        return add(aggregateId, event);
    }

    public static Cost cost(CostCategory category, String amount) {
        return new Cost(category, new BigDecimal(amount));
    }

    public List<Numbered> all() {
        return List.copyOf(events);
    }

    public Programme fold() {
        return fold(events);
    }

    public static Programme fold(List<Numbered> events) {
        InMemoryRows rows = new InMemoryRows();
        events.forEach(numbered -> ProgrammeFold.apply(numbered.event(), numbered.sequence(), numbered.eventId(), rows));
        return rows.programme();
    }

    private ProgrammeEvents add(String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        events.add(new Numbered(aggregateId, event, sequence, "event-" + (events.size() + 1)));
        return this;
    }
}
