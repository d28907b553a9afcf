package dk.holbaek.experiments.query.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import dk.holbaek.experiments.core.council.api.CouncilInvolvementCorrected;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementWithdrawn;
import dk.holbaek.experiments.core.council.api.InvolvementForm;
import dk.holbaek.experiments.core.experiment.api.ApprovalCorrected;
import dk.holbaek.experiments.core.experiment.api.CancellationCorrected;
import dk.holbaek.experiments.core.experiment.api.ConclusionCorrected;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.ExperimentWithdrawn;
import dk.holbaek.experiments.core.experiment.api.HypothesisOutcome;
import dk.holbaek.experiments.core.experiment.api.StartCorrected;
import dk.holbaek.experiments.core.external.api.ExternalExperienceCorrected;
import dk.holbaek.experiments.core.external.api.ExternalExperienceRecorded;
import dk.holbaek.experiments.core.external.api.ExternalExperienceWithdrawn;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.AdoptionCorrected;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecommendationAdopted;
import dk.holbaek.experiments.core.recommendation.api.RecommendationCorrected;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;
import dk.holbaek.experiments.core.recommendation.api.RecommendationWithdrawn;
import dk.holbaek.experiments.query.ProgrammeEvents;
import dk.holbaek.experiments.query.criteria.CriteriaViews;
import dk.holbaek.experiments.query.progress.ProgressViews;
import dk.holbaek.experiments.query.report.ExperienceReports;

/**
 * A view or the experience report as of a past moment begins at the views' latest checkpoint before it and folds only
 * the events after it: for random programmes recorded over many days, at many moments (before the first event, between,
 * at and after events, after the last), it equals the view or report folded from the whole log, whether the
 * checkpoints were written by the live views (some of whose batches came twice, and which lag behind the log) or by a
 * rebuild.
 */
class CheckpointsTest {

    private static final List<String> AREAS = List.of("Tølløse", "Vipperød", "St. Merløse");
    private static final int PROGRAMMES = 12;
    private static final int MOMENTS = 25;
    private static final long EVENTS_PER_CHECKPOINT = 9;

    @RegisterExtension
    final InMemoryMongo database = new InMemoryMongo();

    @Test
    void asOfFromTheLiveViewsCheckpoints_equalsTheWholeLogFolded_atManyMoments() throws InterruptedException {
        for (int seed = 1; seed <= PROGRAMMES; seed++) {
            Random random = new Random(seed);
            EventStorageEngine eventStore = new InMemoryEventStorageEngine();
            List<Instant> recorded = record(eventStore, programmeForTheReport(random), random);
            MongoRows rows = new MongoRows(new MongoTemplate(database.client(), "live" + seed), null, EVENTS_PER_CHECKPOINT);
            List<TrackedEventMessage<?>> log = log(eventStore);
            // the views lag: the last tenth of the log is not folded yet
            List<TrackedEventMessage<?>> folded = log.subList(0, log.size() * 9 / 10);
            BatchRows batch = BatchRows.reading(rows);
            int from = 0;
            while (from < folded.size()) {
                int to = Math.min(folded.size(), from + 1 + random.nextInt(15));
                fold(batch, folded.subList(from, to));
                if (random.nextInt(5) == 0) {
                    fold(batch, folded.subList(from, to));
                }
                from = to;
            }

            assertAsOfEqualsWholeLog("programme " + seed, rows, eventStore, recorded, random);
        }
    }

    @Test
    void asOfFromARebuildsCheckpoints_equalsTheWholeLogFolded_atManyMoments() throws InterruptedException {
        for (int seed = 1; seed <= PROGRAMMES; seed++) {
            Random random = new Random(100 + seed);
            EventStorageEngine eventStore = new InMemoryEventStorageEngine();
            List<Instant> recorded = record(eventStore, programmeForTheReport(random), random);
            MongoRows rows = new MongoRows(new MongoTemplate(database.client(), "rebuilt" + seed), "_b", EVENTS_PER_CHECKPOINT);
            List<TrackedEventMessage<?>> log = log(eventStore);
            BatchRows batch = BatchRows.remembering(rows);
            for (int from = 0; from < log.size(); from += 20) {
                log.subList(from, Math.min(log.size(), from + 20)).forEach(event -> batch.fold(event.getPayload(), event));
                rows.write(batch.take());
            }

            assertAsOfEqualsWholeLog("programme " + seed, rows, eventStore, recorded, random);
        }
    }

    private void assertAsOfEqualsWholeLog(String what, MongoRows rows, EventStorageEngine eventStore, List<Instant> recorded,
                                          Random random) {
        ProgrammeSource source = new ProgrammeSource(rows, eventStore);
        MongoRows.Cut atTheEnd = rows.cutBefore(recorded.stream().max(Instant::compareTo).orElseThrow().plusSeconds(1));
        assertThat(atTheEnd.state()).as(what + ": a checkpoint to begin from").isNotEmpty();
        assertThat(atTheEnd.replayFrom()).as(what + ": the events it counts are not folded again").isPositive();
        Instant last = recorded.stream().max(Instant::compareTo).orElseThrow();
        List<Instant> moments = new ArrayList<>(List.of(recorded.get(0), recorded.get(0).minusSeconds(1),
                last.plusSeconds(1), recorded.get(recorded.size() / 2)));
        for (int i = 0; i < MOMENTS; i++) {
            Instant at = recorded.get(random.nextInt(recorded.size()));
            moments.add(random.nextBoolean() ? at : at.plusMillis(random.nextInt(7_200_000)));
        }
        for (Instant before : moments) {
            ProgrammeFigures checkpointed = source.figuresRecordedBefore(before);
            ProgrammeFigures whole = ProgrammeFigures.of(source.recordedBefore(before));
            String at = what + " as of " + before;
            assertThat(checkpointed.experiments()).as(at).isEqualTo(whole.experiments());
            assertThat(checkpointed.councilInvolvements()).as(at).isEqualTo(whole.councilInvolvements());
            whole.totals().forEach((id, totals) ->
                    assertThat(checkpointed.totals().get(id).figures()).as(at + ", " + id).isEqualTo(totals.figures()));
            LocalDate today = LocalDate.ofInstant(before, ProgrammeCalendar.ZONE);
            assertThat(ProgressViews.of(checkpointed, today)).as(at).isEqualTo(ProgressViews.of(whole, today));
            assertThat(CriteriaViews.broadInvolvement(checkpointed, AREAS)).as(at)
                    .isEqualTo(CriteriaViews.broadInvolvement(whole, AREAS));
            assertThat(CriteriaViews.politicalLeadership(checkpointed)).as(at)
                    .isEqualTo(CriteriaViews.politicalLeadership(whole));
            assertThat(CriteriaViews.administrationCollaboration(checkpointed)).as(at)
                    .isEqualTo(CriteriaViews.administrationCollaboration(whole));
            assertThat(CriteriaViews.municipalityAsPartner(checkpointed)).as(at)
                    .isEqualTo(CriteriaViews.municipalityAsPartner(whole));

            List<Long> told = new ArrayList<>();
            ProgrammeSource.Replay fromState = source.stateRecordedBefore(before, told::add);
            ProgrammeSource.Replay fromLog = source.recordedBefore(before, done -> { });
            assertThat(fromState).as(at + ": the report's programme and basis").isEqualTo(fromLog);
            assertThat(told).as(at + ": how far into the log, told as it goes").isNotEmpty().isSorted()
                    .doesNotHaveDuplicates();
            assertThat(told.get(told.size() - 1)).as(at + ": the progress ends at the log's length")
                    .isEqualTo(source.eventCount());
            ExperienceReports.Basis basis = new ExperienceReports.Basis(today, fromLog.events(), fromLog.corrections(),
                    fromLog.withdrawals(), AREAS);
            assertThat(ExperienceReports.build(fromState.programme(), basis)).as(at + ": the report")
                    .isEqualTo(ExperienceReports.build(fromLog.programme(), basis));
        }
        ProgrammeSource.Replay all = source.recordedBefore(Instant.MAX, done -> { });
        assertThat(all.corrections()).as(what + ": corrections to count").isNotEmpty();
        assertThat(all.programme().recommendations()).as(what + ": recommendations to tell of").isNotEmpty();
        assertThat(all.programme().externalExperiences()).as(what + ": experiences from elsewhere").isNotEmpty();
    }

    /**
     * {@link RunningTotalsTest#randomProgramme a random programme} with all the report tells of besides: council
     * involvements corrected and withdrawn, recommendations adopted, corrected and withdrawn, experiences from
     * elsewhere corrected and withdrawn, mixed into it at random; then experiments approved, started, concluded or
     * cancelled anew and corrected. Every event has an id of its own.
     */
    static List<ProgrammeEvents.Numbered> programmeForTheReport(Random random) {
        List<ProgrammeEvents.Numbered> experiments = RunningTotalsTest.randomProgramme(random);
        ProgrammeEvents others = new ProgrammeEvents();
        for (int n = 0; n < 1 + random.nextInt(4); n++) {
            String id = "k" + n;
            CouncilInvolvementRecorded council = new CouncilInvolvementRecorded(id, LocalDate.of(2014, 1 + n, 10),
                    InvolvementForm.THEME_MEETING, "Temamøde " + n, List.of(), random.nextBoolean());
            others.then(id, council);
            if (random.nextBoolean()) {
                others.then(id, new CouncilInvolvementCorrected(id, new CouncilInvolvementRecorded(id,
                        LocalDate.of(2015, 1 + n, 12), InvolvementForm.COUNCIL_MEETING, "Byrådsmøde " + n, List.of(),
                        random.nextBoolean()), "Forkert dato"));
            }
            if (random.nextInt(4) == 0) {
                others.then(id, new CouncilInvolvementWithdrawn(id, "Fejl"));
            }
        }
        for (int n = 0; n < 1 + random.nextInt(3); n++) {
            String id = "r" + n;
            others.then(id, new RecommendationRecorded(id, "Anbefaling " + n, "Tekst " + n,
                    List.of(new LearningReference("l" + random.nextInt(20), "e0"))));
            if (random.nextBoolean()) {
                others.then(id, new RecommendationAdopted(id, LocalDate.of(2015, 11, 19), AdoptingBody.CITY_COUNCIL));
                if (random.nextBoolean()) {
                    others.then(id, new AdoptionCorrected(id, new RecommendationAdopted(id, LocalDate.of(2015, 11, 26),
                            AdoptingBody.PROJECT_COMMITTEE), "Forkert organ"));
                }
            }
            if (random.nextBoolean()) {
                others.then(id, new RecommendationCorrected(id, new RecommendationRecorded(id, "Anbefaling " + n + "b",
                        "Rettet tekst", List.of()), "Stavefejl"));
            }
            if (n > 0 && random.nextInt(3) == 0) {
                others.then(id, new RecommendationWithdrawn(id, "Fejl"));
            }
        }
        for (int n = 0; n < 1 + random.nextInt(3); n++) {
            String id = "x" + n;
            others.then(id, new ExternalExperienceRecorded(id, "Borgerbudget " + n, "Porto Alegre", "Brasilien",
                    "Borgerbudget", null, "Lært " + n, List.of("e0"), LocalDate.of(2014, 2, 1 + n)));
            if (random.nextBoolean()) {
                others.then(id, new ExternalExperienceCorrected(id, new ExternalExperienceRecorded(id, "Borgerbudget " + n,
                        "Paris", "Frankrig", "Borgerbudget", null, "Rettet " + n, List.of(), LocalDate.of(2014, 2, 1 + n)),
                        "Forkert by"));
            }
            if (n > 0 && random.nextInt(3) == 0) {
                others.then(id, new ExternalExperienceWithdrawn(id, "Fejl"));
            }
        }
        List<ProgrammeEvents.Numbered> mixed = new ArrayList<>();
        List<ProgrammeEvents.Numbered> rest = others.all();
        int i = 0;
        int j = 0;
        while (i < experiments.size() || j < rest.size()) {
            boolean experiment = j >= rest.size() || i < experiments.size() && random.nextInt(8) != 0;
            mixed.add(experiment ? experiments.get(i++) : rest.get(j++));
        }
        Map<String, Long> next = new LinkedHashMap<>();
        Set<String> withdrawn = new HashSet<>();
        for (ProgrammeEvents.Numbered numbered : experiments) {
            next.merge(numbered.aggregateId(), numbered.sequence() + 1, Math::max);
            if (numbered.event() instanceof ExperimentWithdrawn) {
                withdrawn.add(numbered.aggregateId());
            }
        }
        next.forEach((id, sequence) -> {
            if (withdrawn.contains(id) || !id.startsWith("e")) {
                return;
            }
            List<Object> closing = new ArrayList<>();
            switch (random.nextInt(4)) {
                case 0 -> {
                    closing.add(new ExperimentConcluded(id, LocalDate.of(2015, 6, 1), "Det virkede", HypothesisOutcome.HELD,
                            "Mange kom"));
                    closing.add(new ConclusionCorrected(id, new ExperimentConcluded(id, LocalDate.of(2015, 6, 2),
                            "Det virkede delvist", HypothesisOutcome.PARTLY_HELD, "Færre kom"), "For rosende"));
                }
                case 1 -> {
                    closing.add(new ExperimentCancelled(id, LocalDate.of(2015, 3, 1), "Ingen tilmeldte"));
                    closing.add(new CancellationCorrected(id, new ExperimentCancelled(id, LocalDate.of(2015, 3, 2),
                            "For få tilmeldte"), "Præcisering"));
                }
                case 2 -> {
                    closing.add(new ApprovalCorrected(id, new ExperimentApproved(id, LocalDate.of(2014, 2, 3),
                            new BigDecimal("12500")), "Beløbet"));
                    closing.add(new StartCorrected(id, new ExperimentStarted(id, LocalDate.of(2014, 3, 3)), "Datoen"));
                }
                default -> {
                    // runs on
                }
            }
            long number = sequence;
            for (Object event : closing) {
                mixed.add(new ProgrammeEvents.Numbered(id, event, number++, null));
            }
        });
        List<ProgrammeEvents.Numbered> numbered = new ArrayList<>();
        for (ProgrammeEvents.Numbered event : mixed) {
            numbered.add(new ProgrammeEvents.Numbered(event.aggregateId(), event.event(), event.sequence(),
                    "event-" + (numbered.size() + 1)));
        }
        return numbered;
    }

    /**
     * Appends the events in commits, recorded over days: minutes to hours apart, some in the same millisecond, some
     * earlier than events before them in the log (a clock behind). Answers when each was recorded.
     */
    private static List<Instant> record(EventStorageEngine eventStore, List<ProgrammeEvents.Numbered> events, Random random) {
        Instant at = Instant.parse("2014-03-01T07:00:00Z");
        List<Instant> recorded = new ArrayList<>();
        List<EventMessage<?>> commit = new ArrayList<>();
        for (ProgrammeEvents.Numbered numbered : events) {
            at = random.nextInt(6) == 0 ? at : at.plus(Duration.ofMinutes(1 + random.nextInt(600)));
            // now and then an instance whose clock is behind records an event earlier than the log's latest
            Instant recordedAt = random.nextInt(8) == 0 ? at.minus(Duration.ofMinutes(random.nextInt(180))) : at;
            recorded.add(recordedAt);
            commit.add(new GenericDomainEventMessage<>("Aggregate", numbered.aggregateId(), numbered.sequence(),
                    numbered.event(), MetaData.emptyInstance(), numbered.eventId(), recordedAt));
            if (random.nextInt(3) == 0) {
                eventStore.appendEvents(commit);
                commit = new ArrayList<>();
            }
        }
        eventStore.appendEvents(commit);
        return recorded;
    }

    private static List<TrackedEventMessage<?>> log(EventStorageEngine eventStore) {
        try (var events = eventStore.readEvents(null, false)) {
            return new ArrayList<>(events.toList());
        }
    }

    private static void fold(BatchRows batch, List<TrackedEventMessage<?>> events) {
        events.forEach(event -> batch.fold(event.getPayload(), event));
        batch.flush();
    }
}
