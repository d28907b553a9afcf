package dk.holbaek.experiments.query.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import dk.holbaek.experiments.core.experiment.api.ActivityCorrected;
import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ActivityWithdrawn;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.ExperimentWithdrawn;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.InitiativeCorrected;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.InitiativeWithdrawn;
import dk.holbaek.experiments.core.experiment.api.Initiator;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.LearningCorrected;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.LearningWithdrawn;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.RegistrationCorrected;
import dk.holbaek.experiments.core.experiment.api.SupportKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.ProgrammeEvents;
import dk.holbaek.experiments.query.criteria.CriteriaViews;
import dk.holbaek.experiments.query.progress.ProgressViews;

/**
 * The running totals the live projection and the rebuild keep, against the figures counted from the rows the same
 * events fold into: for random programmes with corrections, withdrawals, moved experiments and batches delivered
 * again, every experiment's totals and every view are the same, and the views' sums equal sums over the rows.
 */
class RunningTotalsTest {

    private static final List<String> AREAS = List.of("Tølløse", "Vipperød", "St. Merløse");
    private static final List<String> AREAS_AS_TYPED = List.of("Tølløse", "tølløse", "Vipperød", "St. Merløse", "Udlandet");
    private static final List<String> DEPARTMENTS = List.of("Kultur", "Teknik og Miljø", "Borgerservice", "Plan.Byg");
    private static final LocalDate TODAY = LocalDate.of(2016, 1, 1);
    private static final int PROGRAMMES = 25;

    @RegisterExtension
    final InMemoryMongo database = new InMemoryMongo();

    @Test
    void totalsKeptLive_equalTheRowsFigures_forRandomProgrammesInRandomBatches() {
        for (int seed = 1; seed <= PROGRAMMES; seed++) {
            Random random = new Random(seed);
            List<ProgrammeEvents.Numbered> events = randomProgramme(random);
            MongoRows rows = new MongoRows(new MongoTemplate(database.client(), "live" + seed));
            BatchRows batch = BatchRows.reading(rows);
            int from = 0;
            while (from < events.size()) {
                int to = Math.min(events.size(), from + 1 + random.nextInt(40));
                fold(batch, events.subList(from, to));
                if (random.nextInt(4) == 0) {
                    // the batch delivered again, as after a crash before its token was stored
                    fold(batch, events.subList(from, to));
                }
                from = to;
            }

            assertSameFigures("programme " + seed, rows.figures(), ProgrammeEvents.fold(events));
        }
    }

    @Test
    void totalsKeptByARebuild_equalTheRowsFigures_forRandomProgrammes() {
        for (int seed = 1; seed <= PROGRAMMES; seed++) {
            List<ProgrammeEvents.Numbered> events = randomProgramme(new Random(seed));
            MongoRows rows = new MongoRows(new MongoTemplate(database.client(), "rebuilt" + seed));
            BatchRows batch = BatchRows.remembering(rows);
            for (int from = 0; from < events.size(); from += 50) {
                events.subList(from, Math.min(events.size(), from + 50)).forEach(event -> fold(batch, event));
                rows.write(batch.take());
            }

            assertSameFigures("programme " + seed, rows.figures(), ProgrammeEvents.fold(events));
        }
    }

    @Test
    void aCorrectedActivity_countsOnlyInItsCorrectedForm_andAWithdrawnOneNowhere() {
        List<ProgrammeEvents.Numbered> events = new ProgrammeEvents().running("a", "Borgerbudget")
                .then("a", activity("a", "a-1", 40, "Tølløse", List.of("Kultur"), "100"))
                .then("a", activity("a", "a-2", 25, null, List.of("Teknik og Miljø"), "50"))
                .then("a", new ActivityCorrected("a", activity("a", "a-1", 4, "Vipperød", List.of("Kultur"), "10"), "Tastefejl"))
                .then("a", new ActivityWithdrawn("a", "a-2", "Registreret to gange"))
                .all();
        MongoRows rows = new MongoRows(new MongoTemplate(database.client(), "corrected"));
        fold(BatchRows.reading(rows), events.subList(0, 5));
        fold(BatchRows.reading(rows), events.subList(5, 7));

        ExperimentTotals totals = rows.totals("a").orElseThrow();
        assertThat(totals.activities()).isEqualTo(1);
        assertThat(totals.participants()).isEqualTo(4);
        assertThat(totals.costs(CostCategory.CATERING)).isEqualByComparingTo("10");
        assertThat(totals.localAreas()).containsExactly(new ExperimentTotals.Count("Vipperød", 1, 4));
        assertThat(totals.departments()).containsExactly(new ExperimentTotals.Count("Kultur", 1, 0));
        assertSameFigures("corrected", rows.figures(), ProgrammeEvents.fold(events));
    }

    private static void assertSameFigures(String what, ProgrammeFigures live, Programme rows) {
        ProgrammeFigures counted = ProgrammeFigures.of(rows);
        assertThat(live.totals().keySet()).as(what).isEqualTo(counted.totals().keySet());
        counted.totals().forEach((id, totals) ->
                assertThat(live.totals().get(id).figures()).as(what + ", experiment " + id).isEqualTo(totals.figures()));
        assertThat(ProgressViews.of(live, TODAY)).as(what).isEqualTo(ProgressViews.of(counted, TODAY));
        assertThat(CriteriaViews.politicalLeadership(live)).as(what).isEqualTo(CriteriaViews.politicalLeadership(counted));
        assertThat(CriteriaViews.broadInvolvement(live, AREAS)).as(what)
                .isEqualTo(CriteriaViews.broadInvolvement(counted, AREAS));
        assertThat(CriteriaViews.administrationCollaboration(live)).as(what)
                .isEqualTo(CriteriaViews.administrationCollaboration(counted));
        assertThat(CriteriaViews.municipalityAsPartner(live)).as(what)
                .isEqualTo(CriteriaViews.municipalityAsPartner(counted));

        // and the views' sums are the sums over the rows that count
        var broad = CriteriaViews.broadInvolvement(live, AREAS);
        assertThat(broad.participants()).as(what).isEqualTo(rows.activities().stream().mapToLong(ActivityRow::participants).sum());
        Map<String, Long> byArea = new LinkedHashMap<>();
        Measures.byLocalArea(rows, AREAS).byArea().forEach((area, activities) ->
                byArea.put(area, activities.stream().mapToLong(ActivityRow::participants).sum()));
        assertThat(broad.participantsByLocalArea()).as(what + ": the report's rule of local areas").isEqualTo(byArea);
        assertThat(CriteriaViews.administrationCollaboration(live).departments()).as(what).isEqualTo(List.copyOf(new TreeSet<>(
                rows.activities().stream().flatMap(activity -> activity.departments().stream()).toList())));
        assertThat(ProgressViews.of(live, TODAY).costsDkk().total()).as(what).isEqualByComparingTo(rows.activities().stream()
                .flatMap(activity -> activity.costsDkk().values().stream()).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(CriteriaViews.politicalLeadership(live).learnings()).as(what).hasSize((int) rows.learnings().stream()
                .filter(learning -> learning.criterion() == Criterion.POLITICAL_LEADERSHIP).count());
    }

    /**
     * A few experiments, each registered in a local area or none, then a couple of hundred random events: activities
     * (areas typed in either case or not at all, any channel and start time, departments, costs, feedback),
     * learnings, initiatives, corrections and withdrawals of each, experiments moved to another area, and now and then
     * an experiment withdrawn (nothing is recorded on it afterwards).
     */
    static List<ProgrammeEvents.Numbered> randomProgramme(Random random) {
        ProgrammeEvents programme = new ProgrammeEvents();
        List<String> open = new ArrayList<>();
        Map<String, List<String>> activities = new LinkedHashMap<>();
        Map<String, List<String>> learnings = new LinkedHashMap<>();
        Map<String, List<String>> initiatives = new LinkedHashMap<>();
        int experiments = 1 + random.nextInt(6);
        for (int e = 0; e < experiments; e++) {
            String id = "e" + e;
            programme.running(id, "Eksperiment " + (char) ('A' + random.nextInt(26)));
            programme.then(id, new RegistrationCorrected(id, registration(id, area(random)), "Område"));
            open.add(id);
            activities.put(id, new ArrayList<>());
            learnings.put(id, new ArrayList<>());
            initiatives.put(id, new ArrayList<>());
        }
        int count = 20 + random.nextInt(200);
        for (int n = 0; n < count && !open.isEmpty(); n++) {
            String id = open.get(random.nextInt(open.size()));
            int action = random.nextInt(100);
            if (action < 45) {
                String activityId = id + "-a" + n;
                activities.get(id).add(activityId);
                programme.then(id, randomActivity(random, id, activityId));
            } else if (action < 60) {
                String learningId = id + "-l" + n;
                learnings.get(id).add(learningId);
                programme.then(id, randomLearning(random, id, learningId));
            } else if (action < 66) {
                String initiativeId = id + "-i" + n;
                initiatives.get(id).add(initiativeId);
                programme.then(id, randomInitiative(random, id, initiativeId));
            } else if (action < 76 && !activities.get(id).isEmpty()) {
                String activityId = pick(random, activities.get(id));
                programme.then(id, new ActivityCorrected(id, randomActivity(random, id, activityId), "Rettet"));
            } else if (action < 82 && !activities.get(id).isEmpty()) {
                programme.then(id, new ActivityWithdrawn(id, take(random, activities.get(id)), "Fejl"));
            } else if (action < 86 && !learnings.get(id).isEmpty()) {
                programme.then(id, new LearningCorrected(id, randomLearning(random, id, pick(random, learnings.get(id))),
                        "Rettet"));
            } else if (action < 89 && !learnings.get(id).isEmpty()) {
                programme.then(id, new LearningWithdrawn(id, take(random, learnings.get(id)), "Fejl"));
            } else if (action < 91 && !initiatives.get(id).isEmpty()) {
                programme.then(id, new InitiativeCorrected(id, randomInitiative(random, id, pick(random, initiatives.get(id))),
                        "Rettet"));
            } else if (action < 93 && !initiatives.get(id).isEmpty()) {
                programme.then(id, new InitiativeWithdrawn(id, take(random, initiatives.get(id)), "Fejl"));
            } else if (action < 97) {
                programme.then(id, new RegistrationCorrected(id, registration(id, area(random)), "Andet område"));
            } else if (action < 98) {
                programme.then(id, new ExperimentWithdrawn(id, "Oprettet ved en fejl"));
                open.remove(id);
            } else {
                programme.council("c" + n, "2014-0" + (1 + random.nextInt(9)) + "-01", random.nextBoolean());
            }
        }
        return programme.all();
    }

    private static ExperimentRegistered registration(String id, String area) {
        return new ExperimentRegistered(id, "Eksperiment " + id, "Hypotese", Method.LOCAL_DEBATE, ExperimentRole.INITIATED,
                List.of(InsightArea.POLITICAL_DIRECTION), List.of(), area, null, null, null);
    }

    private static ActivityLogged activity(String experimentId, String activityId, int participants, String area,
                                           List<String> departments, String catering) {
        return new ActivityLogged(experimentId, activityId, "Møde " + activityId, ActivityKind.MEETING,
                LocalDate.of(2014, 5, 1), Channel.PHYSICAL, LocalTime.of(19, 0), 120, area,
                new Participants(participants, Map.of(), 0, 0), 0, 1, departments,
                List.of(new Cost(CostCategory.CATERING, new BigDecimal(catering))), null);
    }

    private static ActivityLogged randomActivity(Random random, String experimentId, String activityId) {
        int total = random.nextInt(4) == 0 ? 0 : random.nextInt(200);
        Map<TargetGroup, Integer> byGroup = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : TargetGroup.values()) {
            if (random.nextInt(3) == 0) {
                byGroup.put(group, random.nextInt(total / 3 + 1));
            }
        }
        List<String> departments = new ArrayList<>();
        for (String department : DEPARTMENTS) {
            if (random.nextInt(3) == 0) {
                departments.add(department);
            }
        }
        List<Cost> costs = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            if (random.nextInt(3) == 0) {
                costs.add(new Cost(category, BigDecimal.valueOf(random.nextInt(500_000), 2)));
            }
        }
        int respondents = random.nextInt(total + 1);
        return new ActivityLogged(experimentId, activityId, "Møde " + activityId, ActivityKind.MEETING,
                LocalDate.of(2014 + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                Channel.values()[random.nextInt(Channel.values().length)],
                random.nextInt(4) == 0 ? null : LocalTime.of(8 + random.nextInt(14), 0), 90, area(random),
                new Participants(total, byGroup, random.nextInt(5), 0), random.nextInt(3), random.nextInt(6), departments,
                costs, random.nextBoolean() ? null : new Feedback(respondents, random.nextInt(respondents + 1)));
    }

    private static LearningRecorded randomLearning(Random random, String experimentId, String learningId) {
        List<KnowledgeKind> kinds = new ArrayList<>();
        for (KnowledgeKind kind : KnowledgeKind.values()) {
            if (random.nextInt(3) == 0) {
                kinds.add(kind);
            }
        }
        return new LearningRecorded(experimentId, learningId, Criterion.values()[random.nextInt(Criterion.values().length)],
                "Indsigt " + learningId, random.nextBoolean() ? null : "Referat", kinds, random.nextInt(5) - 2, null,
                LocalDate.of(2014, 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }

    private static InitiativeRecorded randomInitiative(Random random, String experimentId, String initiativeId) {
        return new InitiativeRecorded(experimentId, initiativeId, "Initiativ " + initiativeId, Initiator.CITIZENS,
                List.of(SupportKind.ADVICE), random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(400), 1),
                random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(100_000)),
                InitiativeStatus.values()[random.nextInt(InitiativeStatus.values().length)], LocalDate.of(2014, 9, 1));
    }

    private static String area(Random random) {
        int pick = random.nextInt(AREAS_AS_TYPED.size() + 2);
        return pick < AREAS_AS_TYPED.size() ? AREAS_AS_TYPED.get(pick) : null;
    }

    private static String pick(Random random, List<String> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private static String take(Random random, List<String> ids) {
        return ids.remove(random.nextInt(ids.size()));
    }

    private static void fold(BatchRows batch, List<ProgrammeEvents.Numbered> events) {
        events.forEach(event -> fold(batch, event));
        batch.flush();
    }

    private static void fold(BatchRows batch, ProgrammeEvents.Numbered numbered) {
        batch.fold(numbered.event(), new GenericDomainEventMessage<>("Experiment", numbered.aggregateId(),
                numbered.sequence(), numbered.event(), MetaData.emptyInstance(), numbered.eventId(), Instant.EPOCH));
    }
}
