package dk.holbaek.experiments.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;

/**
 * A synthetic programme of many municipalities, appended through the event store (the real append path): each
 * experiment is registered, approved and started, then gets activities and learnings in units of work of up to
 * {@link #PER_COMMIT} events, as staff recording a meeting's worth of facts would. As the service's snapshot trigger
 * would, it has a snapshot of the experiment taken each time the experiment passes another
 * {@link #SNAPSHOT_EVERY} events.
 */
final class Generator {

    static final int ACTIVITIES_PER_EXPERIMENT = 200;
    private static final int PER_COMMIT = 20;
    private static final Method[] METHODS = Method.values();
    private static final TargetGroup[] GROUPS = TargetGroup.values();
    private static final int SNAPSHOT_EVERY = 50;
    private static final Clock CLOCK = Clock.systemUTC();

    private final EventStore eventStore;
    private final Snapshotter snapshotter;
    private final Class<?> experimentType;
    private final Random random = new Random(2014);
    private final List<String> runningExperiments = new ArrayList<>();
    private long events;
    private int experiments;

    Generator(EventStore eventStore, Snapshotter snapshotter) throws ClassNotFoundException {
        this.eventStore = eventStore;
        this.snapshotter = snapshotter;
        this.experimentType = Class.forName("dk.holbaek.experiments.core.experiment.Experiment");
    }

    long events() {
        return events;
    }

    List<String> runningExperiments() {
        return runningExperiments;
    }

    /** Appends experiments until the store holds at least {@code target} generated events. */
    void growTo(long target) {
        while (events < target) {
            String id = "bench-" + experiments;
            int municipality = experiments / 50;
            experiments++;
            publish(List.of(
                    event(id, 0, new ExperimentRegistered(id, "Kommune " + municipality + " · eksperiment " + experiments,
                            "Borgerne deltager, når dialogen er lokal", METHODS[experiments % METHODS.length],
                            ExperimentRole.INITIATED, List.of(InsightArea.values()[experiments % 3]),
                            List.of(GROUPS[experiments % GROUPS.length]), "Område " + (experiments % 17),
                            LocalDate.of(2014, 1, 1), LocalDate.of(2015, 12, 31), "Projektmedarbejder")),
                    event(id, 1, new ExperimentApproved(id, LocalDate.of(2014, 1, 10), new BigDecimal("50000"))),
                    event(id, 2, new ExperimentStarted(id, LocalDate.of(2014, 1, 15)))));
            runningExperiments.add(id);
            long sequence = 3;
            List<EventMessage<?>> commit = new ArrayList<>();
            for (int a = 0; a < ACTIVITIES_PER_EXPERIMENT && events < target; a++) {
                commit.add(event(id, sequence++, activity(id, a)));
                if (a % 10 == 9) {
                    commit.add(event(id, sequence++, new LearningRecorded(id, id + "-l" + a,
                            Criterion.values()[a % 4], "Indsigt " + a, "Referat", List.of(KnowledgeKind.WISHES),
                            random.nextInt(5) - 2, null, LocalDate.of(2014, 6, 1))));
                }
                if (commit.size() >= PER_COMMIT) {
                    publish(commit);
                    commit = new ArrayList<>();
                }
            }
            publish(commit);
        }
    }

    private ActivityLogged activity(String experimentId, int number) {
        int total = 10 + random.nextInt(190);
        int young = random.nextInt(total / 3 + 1);
        int respondents = random.nextInt(total / 2 + 1);
        return new ActivityLogged(experimentId, experimentId + "-a" + number, "Møde " + number, ActivityKind.MEETING,
                LocalDate.of(2014, 1 + number % 12, 1 + number % 28), Channel.values()[number % 3],
                LocalTime.of(9 + number % 12, 0), 120, null,
                new Participants(total, Map.of(TargetGroup.YOUNG_PEOPLE, young), random.nextInt(5), 0),
                random.nextInt(4), random.nextInt(6), List.of("Afdeling " + number % 7),
                List.of(new Cost(CostCategory.CATERING, BigDecimal.valueOf(100 + random.nextInt(5000)))),
                new Feedback(respondents, random.nextInt(respondents + 1)));
    }

    private void publish(List<EventMessage<?>> commit) {
        if (!commit.isEmpty()) {
            eventStore.publish(commit);
            events += commit.size();
            DomainEventMessage<?> last = (DomainEventMessage<?>) commit.get(commit.size() - 1);
            long before = last.getSequenceNumber() + 1 - commit.size();
            if ((last.getSequenceNumber() + 1) / SNAPSHOT_EVERY > before / SNAPSHOT_EVERY) {
                snapshotter.scheduleSnapshot(experimentType, last.getAggregateIdentifier());
            }
        }
    }

    private static EventMessage<?> event(String aggregate, long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Experiment", aggregate, sequence, payload, MetaData.emptyInstance(),
                aggregate + "#" + sequence, CLOCK.instant());
    }
}
