package dk.holbaek.experiments.query.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.experiment.api.ActivityCorrected;
import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.ExperimentWithdrawn;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.HypothesisOutcome;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecommendationAdopted;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;
import dk.holbaek.experiments.query.ProgrammeEvents;
import dk.holbaek.experiments.query.criteria.BroadInvolvementView;
import dk.holbaek.experiments.query.criteria.CriteriaViews;
import dk.holbaek.experiments.query.programme.ProgrammeFigures;

/**
 * The report's content from events, without storage or HTTP: a corrected activity counts with its corrected figures,
 * a withdrawn experiment counts nowhere, and each chapter's figures and the method chapter's caveats are computed
 * from what was recorded.
 */
class ExperienceReportsTest {

    private static final LocalDate MAY_1 = LocalDate.of(2014, 5, 1);

    @Test
    void aCorrectedActivityCountsAsCorrected_aWithdrawnExperimentNowhere_andTheMethodChapterNamesBoth() {
        ProgrammeEvents events = new ProgrammeEvents().running("a", "Borgerbudget i Jyderup")
                .activity("a", "a-1", "2014-05-01", Channel.PHYSICAL, "19:00", 400, Map.of(), 0, 1, 2, List.of(),
                        List.of(), null)
                .then("a", new ActivityCorrected("a", activity(40), "Tastefejl"))
                .running("b", "Borgerbudget i Jyderup")
                .activity("b", "b-1", "2014-05-02", Channel.PHYSICAL, "19:00", 25, Map.of(), 0, 1, 2, List.of(),
                        List.of(), null)
                .then("b", new ExperimentWithdrawn("b", "Registreret ved en fejl (dublet)"));
        List<ProgrammeEvents.Numbered> all = events.all();

        ExperienceReport report = ExperienceReports.build(events.fold(), new ExperienceReports.Basis(
                LocalDate.of(2015, 12, 31), all.size(), List.of(eventIdOf(all, ActivityCorrected.class)),
                List.of(eventIdOf(all, ExperimentWithdrawn.class)), List.of("Jyderup")));

        assertThat(report.summary().participants().value()).isEqualTo(40L);
        assertThat(report.summary().activities().value()).isEqualTo(1L);
        assertThat(report.summary().participants().sources()).contains(eventIdOf(all, ActivityCorrected.class));
        assertThat(report.appendix()).extracting(ExperienceReport.ExperimentAppendix::experimentId).containsExactly("a");
        assertThat(report.corrections().value()).isEqualTo(1L);
        assertThat(report.corrections().sources()).containsExactly(eventIdOf(all, ActivityCorrected.class));
        assertThat(report.withdrawals().value()).isEqualTo(1L);
    }

    @Test
    void theMethodChapter_computesItsCaveats_fromTheActivitiesAndLearnings() {
        ProgrammeEvents events = new ProgrammeEvents().running("a", "Borgermøder")
                .activity("a", "a-1", "2014-05-01", Channel.PHYSICAL, "19:00", 100,
                        Map.of(TargetGroup.YOUNG_PEOPLE, 30, TargetGroup.SENIORS, 50), 0, 0, 1, List.of(), List.of(),
                        new Feedback(40, 30))
                .activity("a", "a-2", "2014-06-01", Channel.DIGITAL, null, 300, Map.of(), 0, 0, 1, List.of(), List.of(),
                        null)
                .learning("a", "l-1", Criterion.BROAD_INVOLVEMENT, 1, List.of(), "2014-06-02")
                .then("a", new LearningRecorded("a", "l-2", Criterion.BROAD_INVOLVEMENT, "Uden belæg", null, List.of(),
                        0, null, LocalDate.of(2014, 6, 3)));

        ExperienceReport.Caveats caveats = report(events).caveats();

        assertThat(caveats.participants().value()).isEqualTo(400L);
        assertThat(caveats.activities().value()).isEqualTo(2L);
        assertThat(caveats.respondents().value()).isEqualTo(40L);
        assertThat(caveats.activitiesWithFeedback().value()).isEqualTo(1L);
        assertThat(caveats.respondentShare().value()).isEqualByComparingTo("0.1");
        assertThat(caveats.participantsWithoutTime().value()).isEqualTo(300L);
        assertThat(caveats.withoutTimeShare().value()).isEqualByComparingTo("0.75");
        assertThat(caveats.participantsWithoutGroup().value()).isEqualTo(20L + 300L);
        assertThat(caveats.withoutGroupShare().value()).isEqualByComparingTo("0.8");
        assertThat(caveats.learningsWithoutEvidence().value()).isEqualTo(1L);
        assertThat(caveats.learnings().value()).isEqualTo(2L);
    }

    @Test
    void theEconomyChapter_setsSpendAgainstTheApprovedBudget_perExperimentCategoryAndParticipant() {
        ProgrammeEvents events = new ProgrammeEvents().registered("a", "Borgerbudget")
                .then("a", new ExperimentApproved("a", LocalDate.of(2014, 3, 1), new BigDecimal("10000")))
                .then("a", new ExperimentStarted("a", LocalDate.of(2014, 3, 10)))
                .activity("a", "a-1", "2014-05-01", Channel.PHYSICAL, "19:00", 40,
                        Map.of(TargetGroup.FAMILIES_WITH_CHILDREN, 10), 0, 0, 1, List.of(),
                        List.of(ProgrammeEvents.cost(CostCategory.CATERING, "1500"),
                                ProgrammeEvents.cost(CostCategory.VENUE, "500")), null)
                .running("b", "Debatmøde")
                .activity("b", "b-1", "2014-05-02", Channel.PHYSICAL, "10:00", 10, Map.of(), 0, 0, 1, List.of(),
                        List.of(ProgrammeEvents.cost(CostCategory.CATERING, "1000")), null);

        ExperienceReport.Economy economy = report(events).economy();

        assertThat(economy.approvedDkk().value()).isEqualByComparingTo("10000");
        assertThat(economy.spentDkk().value()).isEqualByComparingTo("3000");
        assertThat(economy.byCategory().get(CostCategory.CATERING).value()).isEqualByComparingTo("2500");
        assertThat(economy.byCategory().get(CostCategory.VENUE).value()).isEqualByComparingTo("500");
        assertThat(economy.byCategory()).doesNotContainKey(CostCategory.SPEAKERS);
        assertThat(economy.perParticipantDkk().value()).isEqualByComparingTo("60");
        assertThat(economy.perRarelyHeardParticipantDkk().value()).isEqualByComparingTo("300");
        assertThat(economy.byExperiment()).extracting(ExperienceReport.ExperimentFacts::title)
                .containsExactly("Borgerbudget", "Debatmøde");
        ExperienceReport.ExperimentFacts budget = economy.byExperiment().get(0);
        assertThat(budget.budgetDkk().value()).isEqualByComparingTo("10000");
        assertThat(budget.spentDkk().value()).isEqualByComparingTo("2000");
        assertThat(budget.participants().value()).isEqualTo(40L);
        assertThat(economy.byExperiment().get(1).budgetDkk()).isNull();
    }

    @Test
    void reachByLocalArea_usesTheActivitysAreaElseItsExperiments_andNamesTheAreasNotReached() {
        ProgrammeEvents events = new ProgrammeEvents()
                .then("a", new ExperimentRegistered("a", "Borgerbudget i Tølløse", "Hypotese", Method.PARTICIPATORY_BUDGET,
                        ExperimentRole.INITIATED, List.of(InsightArea.LOCAL_INITIATIVE), List.of(), "Tølløse", null, null,
                        null))
                .then("a", new ExperimentApproved("a", LocalDate.of(2014, 3, 1), null))
                .then("a", new ExperimentStarted("a", LocalDate.of(2014, 3, 10)))
                .activity("a", "a-1", "2014-05-01", Channel.PHYSICAL, "19:00", 80, Map.of(), 0, 0, 1, List.of(),
                        List.of(), null)
                .then("a", activityIn("a", "a-2", "jyderup", 20))
                .then("a", activityIn("a", "a-3", "Kalundborg", 5))
                .running("b", "Online debat")
                .activity("b", "b-1", "2014-05-02", Channel.DIGITAL, null, 300, Map.of(), 0, 0, 1, List.of(), List.of(),
                        null);

        ExperienceReport.Reach reach = report(events, List.of("Jyderup", "Tølløse", "Orø")).reach();

        assertThat(reach.byLocalArea().keySet()).containsExactly("Jyderup", "Tølløse", "Orø", "Kalundborg");
        assertThat(reach.byLocalArea().get("Tølløse").value()).isEqualTo(80L);
        assertThat(reach.byLocalArea().get("Jyderup").value()).isEqualTo(20L);
        assertThat(reach.byLocalArea().get("Kalundborg").value()).isEqualTo(5L);
        assertThat(reach.notTiedToAnArea().value()).isEqualTo(300L);
        assertThat(reach.areasNotReached()).containsExactly("Orø");
        BroadInvolvementView view = CriteriaViews.broadInvolvement(ProgrammeFigures.of(events.fold()), List.of("Jyderup", "Tølløse", "Orø"));
        assertThat(view.participantsByLocalArea()).as("the steering group's view counts as the report does")
                .containsExactly(Map.entry("Jyderup", 20L), Map.entry("Tølløse", 80L), Map.entry("Orø", 0L),
                        Map.entry("Kalundborg", 5L));
        assertThat(view.participantsWithoutLocalArea()).isEqualTo(300L);
        assertThat(view.localAreasNotReached()).containsExactly("Orø");
    }

    @Test
    void whatDidNotWork_holdsTheWeakeningLearningsWorstFirst_theCancelledAndWithdrawnExperiments_andTheThinYears() {
        ProgrammeEvents events = new ProgrammeEvents().running("a", "Aftenmøder")
                .learning("a", "mild", Criterion.BROAD_INVOLVEMENT, -1, List.of(), "2014-05-01")
                .learning("a", "bad", Criterion.BROAD_INVOLVEMENT, -2, List.of(), "2014-06-01")
                .learning("a", "good", Criterion.BROAD_INVOLVEMENT, 2, List.of(), "2014-06-02")
                .registered("b", "Skoledebat").cancelled("b")
                .registered("c", "Dublet").then("c", new ExperimentWithdrawn("c", "Registreret to gange"))
                .council("t1", "2014-03-01", false).council("t2", "2014-09-01", false).council("t3", "2015-03-01", false);

        ExperienceReport.Setbacks setbacks = report(events).setbacks();

        assertThat(setbacks.weakeningLearnings()).extracting(ExperienceReport.LearningItem::learningId)
                .containsExactly("bad", "mild");
        assertThat(setbacks.cancelled()).extracting(ExperienceReport.Stopped::title, ExperienceReport.Stopped::reason)
                .containsExactly(tuple("Skoledebat", "Stoppet"));
        assertThat(setbacks.withdrawn()).extracting(ExperienceReport.Stopped::title, ExperienceReport.Stopped::reason)
                .containsExactly(tuple("Dublet", "Registreret to gange"));
        assertThat(setbacks.yearsBelowTwice()).containsOnlyKeys("2015");
        assertThat(setbacks.yearsBelowTwice().get("2015").value()).isEqualTo(1L);
    }

    @Test
    void theInsightAreas_holdEachLearningOnce_underItsExperimentsFirstArea_strongestEvidenceFirst() {
        ProgrammeEvents events = new ProgrammeEvents()
                .then("a", new ExperimentRegistered("a", "Borgerbudget", "Hypotese", Method.PARTICIPATORY_BUDGET,
                        ExperimentRole.INITIATED, List.of(InsightArea.LOCAL_INITIATIVE, InsightArea.POLITICAL_DIRECTION),
                        List.of(), null, null, null, null))
                .then("a", new ExperimentApproved("a", LocalDate.of(2014, 3, 1), null))
                .then("a", new ExperimentStarted("a", LocalDate.of(2014, 3, 10)))
                .learning("a", "weak", Criterion.BROAD_INVOLVEMENT, 1, List.of(), "2014-05-01")
                .learning("a", "strong", Criterion.BROAD_INVOLVEMENT, -2, List.of(), "2014-06-01")
                .then("a", new LearningRecorded("a", "undocumented", Criterion.BROAD_INVOLVEMENT, "Hørt", null,
                        List.of(), 2, null, LocalDate.of(2014, 4, 1)))
                .learning("a", "partner", Criterion.MUNICIPALITY_AS_PARTNER, 1, List.of(), "2014-05-01");

        List<ExperienceReport.AreaChapter> areas = report(events).insightAreas();

        ExperienceReport.AreaChapter local = areas.stream()
                .filter(area -> area.area() == InsightArea.LOCAL_INITIATIVE).findFirst().orElseThrow();
        ExperienceReport.AreaChapter political = areas.stream()
                .filter(area -> area.area() == InsightArea.POLITICAL_DIRECTION).findFirst().orElseThrow();
        assertThat(local.learnings()).extracting(ExperienceReport.CriterionLearnings::criterion)
                .containsExactly(Criterion.BROAD_INVOLVEMENT, Criterion.MUNICIPALITY_AS_PARTNER);
        assertThat(local.learnings().get(0).learnings()).extracting(ExperienceReport.LearningItem::learningId)
                .containsExactly("strong", "weak", "undocumented");
        assertThat(local.learnings().get(0).learnings().get(0).otherAreas())
                .containsExactly(InsightArea.POLITICAL_DIRECTION);
        assertThat(local.counts().all().value()).isEqualTo(4L);
        assertThat(local.counts().weakening().value()).isEqualTo(1L);
        assertThat(political.learnings()).isEmpty();
        assertThat(political.experiments()).extracting(ExperienceReport.ExperimentFigure::title)
                .containsExactly("Borgerbudget");
    }

    @Test
    void theHypothesesChapter_saysHowEachConcludedHypothesisFared_andLeavesTheOthersUnjudged() {
        ProgrammeEvents events = new ProgrammeEvents().running("a", "Borgerbudget")
                .then("a", new ExperimentConcluded("a", LocalDate.of(2015, 3, 1), "Færdig", HypothesisOutcome.PARTLY_HELD,
                        "De unge kom ikke"))
                .running("b", "Topmøde").concluded("b")
                .running("c", "Debat");

        List<ExperienceReport.HypothesisEntry> hypotheses = report(events).hypotheses();

        assertThat(hypotheses).extracting(ExperienceReport.HypothesisEntry::title,
                        ExperienceReport.HypothesisEntry::status, ExperienceReport.HypothesisEntry::outcome,
                        ExperienceReport.HypothesisEntry::reason)
                .containsExactly(
                        tuple("Borgerbudget", ExperimentStatus.CONCLUDED, HypothesisOutcome.PARTLY_HELD, "De unge kom ikke"),
                        tuple("Debat", ExperimentStatus.RUNNING, null, null),
                        tuple("Topmøde", ExperimentStatus.CONCLUDED, null, null));
    }

    @Test
    void theCouncilChapter_listsEveryOccasion_andARecommendationCitesTheFiguresOfTheExperimentsBehindIt() {
        ProgrammeEvents events = new ProgrammeEvents().running("a", "Borgerbudget")
                .activity("a", "a-1", "2014-05-01", Channel.PHYSICAL, "19:00", 40, Map.of(), 0, 0, 1, List.of(),
                        List.of(ProgrammeEvents.cost(CostCategory.CATERING, "800")), null)
                .learning("a", "l-1", Criterion.MUNICIPALITY_AS_PARTNER, 2, List.of(), "2014-06-01")
                .council("t2", "2014-09-01", false).council("t1", "2014-03-01", true)
                .then("r", new RecommendationRecorded("r", "Lokale puljer", "Byrådet afsætter puljer.",
                        List.of(new LearningReference("l-1", "a")), "40 deltog", new BigDecimal("-25000"), "Økonomi",
                        LocalDate.of(2016, 6, 30)))
                .then("r", new RecommendationAdopted("r", LocalDate.of(2015, 11, 19), AdoptingBody.PROJECT_COMMITTEE));

        ExperienceReport report = report(events);

        assertThat(report.council().occasions()).extracting(ExperienceReport.Occasion::on,
                        ExperienceReport.Occasion::localAreaDialogueProposal)
                .containsExactly(tuple(LocalDate.of(2014, 3, 1), true), tuple(LocalDate.of(2014, 9, 1), false));
        ExperienceReport.RecommendationEntry recommendation = report.recommendations().get(0);
        assertThat(recommendation.rationale()).isEqualTo("40 deltog");
        assertThat(recommendation.economicConsequenceDkk()).isEqualByComparingTo("-25000");
        assertThat(recommendation.owner()).isEqualTo("Økonomi");
        assertThat(recommendation.implementBy()).isEqualTo(LocalDate.of(2016, 6, 30));
        assertThat(recommendation.learnings()).extracting(ExperienceReport.LearningItem::learningId).containsExactly("l-1");
        assertThat(recommendation.experiments()).singleElement().satisfies(facts -> {
            assertThat(facts.title()).isEqualTo("Borgerbudget");
            assertThat(facts.participants().value()).isEqualTo(40L);
            assertThat(facts.spentDkk().value()).isEqualByComparingTo("800");
        });
        assertThat(recommendation.adoptions()).containsOnlyKeys(AdoptingBody.PROJECT_COMMITTEE);
    }

    private static ExperienceReport report(ProgrammeEvents events) {
        return report(events, List.of("Jyderup"));
    }

    private static ExperienceReport report(ProgrammeEvents events, List<String> localAreas) {
        return ExperienceReports.build(events.fold(), new ExperienceReports.Basis(
                LocalDate.of(2015, 12, 31), events.all().size(), List.of(), List.of(), localAreas));
    }

    private static ActivityLogged activityIn(String experimentId, String activityId, String localArea, int participants) {
        return new ActivityLogged(experimentId, activityId, "Aktivitet " + activityId, ActivityKind.MEETING, MAY_1,
                Channel.PHYSICAL, LocalTime.of(19, 0), 120, localArea, new Participants(participants, Map.of(), 0, 0), 0,
                1, List.of(), List.of(), null);
    }

    private static ActivityLogged activity(int participants) {
        return new ActivityLogged("a", "a-1", "Aktivitet a-1", ActivityKind.MEETING, MAY_1, Channel.PHYSICAL,
                LocalTime.of(19, 0), 120, null, new Participants(participants, Map.of(), 0, 0), 1, 2, List.of(),
                List.of(), null);
    }

    private static String eventIdOf(List<ProgrammeEvents.Numbered> all, Class<?> type) {
        return all.stream().filter(event -> type.isInstance(event.event())).findFirst().orElseThrow().eventId();
    }
}
