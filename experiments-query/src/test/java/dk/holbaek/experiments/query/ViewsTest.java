package dk.holbaek.experiments.query;

import static dk.holbaek.experiments.query.ProgrammeEvents.cost;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.criteria.AdministrationCollaborationView;
import dk.holbaek.experiments.query.criteria.BroadInvolvementView;
import dk.holbaek.experiments.query.criteria.CriteriaViews;
import dk.holbaek.experiments.query.criteria.MunicipalityAsPartnerView;
import dk.holbaek.experiments.query.criteria.PoliticalLeadershipView;
import dk.holbaek.experiments.query.programme.Programme;
import dk.holbaek.experiments.query.programme.ProgrammeFigures;
import dk.holbaek.experiments.query.progress.ProgressView;
import dk.holbaek.experiments.query.progress.ProgressViews;

/** Events in, views out: the folding and the figures, without Spring or MongoDB. */
class ViewsTest {

    private static final LocalDate END_OF_2015 = LocalDate.of(2015, 12, 31);

    /** Two experiments with activities in 2014 and 2015, one cancelled, one only proposed. */
    private static ProgrammeEvents programme() {
        return new ProgrammeEvents()
                .running("a", "Borgerbudget")
                .activity("a", "a1", "2014-04-05", Channel.PHYSICAL, "10:00", 100,
                        Map.of(TargetGroup.FAMILIES_WITH_CHILDREN, 30, TargetGroup.YOUNG_PEOPLE, 10), 5, 3, 4,
                        List.of("Økonomi", "Kultur og Fritid"), List.of(cost(CostCategory.CATERING, "1000.50"),
                                cost(CostCategory.SPEAKERS, "2000")), new Feedback(40, 30))
                .activity("a", "a2", "2015-02-10", Channel.PHYSICAL, "19:00", 50,
                        Map.of(TargetGroup.FAMILIES_WITH_CHILDREN, 5, TargetGroup.SENIORS, 20), 0, 0, 2,
                        List.of("Kultur og Fritid"), List.of(cost(CostCategory.CATERING, "499.50")), null)
                .learning("a", "l1", Criterion.POLITICAL_LEADERSHIP, 2, List.of(KnowledgeKind.WISHES, KnowledgeKind.NEEDS),
                        "2014-05-01")
                .learning("a", "l2", Criterion.BROAD_INVOLVEMENT, -1, List.of(), "2014-06-01")
                .initiative("a", "i1", InitiativeStatus.REALISED, "12.5", "15000")
                .concluded("a")
                .running("b", "Digital dialog")
                .activity("b", "b1", "2014-09-15", Channel.DIGITAL, null, 600,
                        Map.of(TargetGroup.YOUNG_PEOPLE, 140, TargetGroup.NON_DANISH_BACKGROUND, 20), 12, 7, 3,
                        List.of("Plan og Byg"), List.of(cost(CostCategory.IT_SUPPORT, "28500")), new Feedback(200, 150))
                .activity("b", "b2", "2014-10-01", Channel.HYBRID, null, 10, Map.of(TargetGroup.YOUNG_PEOPLE, 4), 0, 0, 1,
                        List.of(), List.of(), null)
                .learning("b", "l3", Criterion.POLITICAL_LEADERSHIP, 1, List.of(KnowledgeKind.WISHES), "2014-10-20")
                .initiative("b", "i2", InitiativeStatus.SUPPORTED, null, null)
                .registered("c", "Ekskursion")
                .cancelled("c")
                .registered("d", "Ungepanel")
                .council("ci1", "2014-04-23", false)
                .council("ci2", "2014-06-18", true)
                .council("ci3", "2015-05-27", false);
    }

    @Test
    void progress_countsByStatusAndSumsParticipantsAndCostsByTheYearThingsHappened() {
        ProgressView progress = ProgressViews.of(ProgrammeFigures.of(programme().fold()), END_OF_2015);

        assertThat(progress.experimentsByStatus()).containsEntry(ExperimentStatus.CONCLUDED, 1L)
                .containsEntry(ExperimentStatus.RUNNING, 1L).containsEntry(ExperimentStatus.CANCELLED, 1L)
                .containsEntry(ExperimentStatus.PROPOSED, 1L).containsEntry(ExperimentStatus.APPROVED, 0L);
        assertThat(progress.activities()).isEqualTo(4);
        assertThat(progress.participants()).isEqualTo(760);
        assertThat(progress.costsDkk().total()).isEqualByComparingTo("32000.00");
        assertThat(progress.costsDkk().byCategory().get(CostCategory.CATERING)).isEqualByComparingTo("1500.00");
        assertThat(progress.costsDkk().byCategory().get(CostCategory.VENUE)).isEqualByComparingTo("0");
        assertThat(progress.activitiesByYear()).containsExactly(Map.entry("2014", 3L), Map.entry("2015", 1L));
        assertThat(progress.participantsByYear()).containsEntry("2014", 710L).containsEntry("2015", 50L);
        assertThat(progress.activitiesByMonth()).containsExactly(Map.entry("2014-04", 1L), Map.entry("2014-09", 1L),
                Map.entry("2014-10", 1L), Map.entry("2015-02", 1L));
        assertThat(progress.participantsByMonth()).containsEntry("2014-09", 600L);
        assertThat(progress.councilInvolvementsByYear()).containsEntry("2014", 2L).containsEntry("2015", 1L);
        assertThat(progress.councilRuleMet()).isFalse();
        assertThat(progress.mandateRules()).extracting(ProgressView.MandateRule::rule, ProgressView.MandateRule::met,
                ProgressView.MandateRule::metOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("COUNCIL_TWICE_A_YEAR", false, null),
                org.assertj.core.groups.Tuple.tuple("DIALOGUE_FIRST_HALF_2014", true, LocalDate.of(2014, 4, 5)),
                org.assertj.core.groups.Tuple.tuple("LOCAL_AREA_DIALOGUE_PROPOSAL_BEFORE_SUMMER_2014", true,
                        LocalDate.of(2014, 6, 18)));
    }

    @Test
    void councilRule_theCurrentYearCountsOnlyOnceItHasTwo() {
        Programme programme = programme().fold();

        assertThat(ProgressViews.of(ProgrammeFigures.of(programme), LocalDate.of(2014, 12, 31)).councilRuleMet()).isTrue();
        assertThat(ProgressViews.of(ProgrammeFigures.of(programme), LocalDate.of(2015, 1, 2)).councilRuleMet()).isFalse();
        assertThat(ProgressViews.of(ProgrammeFigures.of(programme), LocalDate.of(2015, 1, 2)).councilInvolvementsByYear())
                .containsEntry("2014", 2L).containsEntry("2015", 1L);
        ProgrammeEvents secondIn2015 = programme().council("ci4", "2015-11-26", false);
        assertThat(ProgressViews.of(ProgrammeFigures.of(secondIn2015.fold()), END_OF_2015).councilRuleMet()).isTrue();
    }

    @Test
    void emptyProgramme_showsZerosAndNoShare() {
        Programme empty = Programme.empty();

        ProgressView progress = ProgressViews.of(ProgrammeFigures.of(empty), LocalDate.of(2014, 3, 1));
        assertThat(progress.activities()).isZero();
        assertThat(progress.costsDkk().total()).isEqualByComparingTo("0");
        assertThat(progress.councilInvolvementsByYear()).containsExactly(Map.entry("2014", 0L));
        assertThat(progress.councilRuleMet()).isFalse();
        assertThat(progress.mandateRules()).allSatisfy(rule -> assertThat(rule.met()).isFalse());

        BroadInvolvementView broad = CriteriaViews.broadInvolvement(ProgrammeFigures.of(empty), List.of("Jyderup"));
        assertThat(broad.participants()).isZero();
        assertThat(broad.participantsByLocalArea()).containsExactly(Map.entry("Jyderup", 0L));
        assertThat(broad.localAreasNotReached()).containsExactly("Jyderup");
        assertThat(broad.meaningfulShare()).isNull();
        assertThat(broad.experiments()).isEmpty();
        assertThat(CriteriaViews.politicalLeadership(ProgrammeFigures.of(empty)).insightsByKind()).containsEntry(KnowledgeKind.WISHES, 0L);
    }

    @Test
    void politicalLeadership_countsActivitiesWithCouncilMembersAndKnowledgeKinds() {
        PoliticalLeadershipView view = CriteriaViews.politicalLeadership(ProgrammeFigures.of(programme().fold()));

        assertThat(view.activitiesWithCouncilMembers()).isEqualTo(2);
        assertThat(view.councilMemberAttendances()).isEqualTo(10);
        assertThat(view.insightsByKind()).containsEntry(KnowledgeKind.WISHES, 2L).containsEntry(KnowledgeKind.NEEDS, 1L)
                .containsEntry(KnowledgeKind.MOTIVES, 0L);
        assertThat(view.learnings()).extracting("learningId").containsExactly("l1", "l3");
        assertThat(view.experiments()).extracting(PoliticalLeadershipView.Row::title)
                .containsExactly("Borgerbudget", "Digital dialog", "Ekskursion", "Ungepanel");
        assertThat(view.experiments().get(0).councilMemberAttendances()).isEqualTo(3);
    }

    @Test
    void broadInvolvement_sumsGroupsFeedbackAndTheReachOutsideEveningMeetings() {
        BroadInvolvementView view = CriteriaViews.broadInvolvement(ProgrammeFigures.of(programme().fold()), List.of());

        assertThat(view.participants()).isEqualTo(760);
        assertThat(view.participantsByGroup()).containsEntry(TargetGroup.YOUNG_PEOPLE, 154L)
                .containsEntry(TargetGroup.FAMILIES_WITH_CHILDREN, 35L).containsEntry(TargetGroup.BUSINESS_OWNERS, 0L);
        assertThat(view.businesses()).isEqualTo(17);
        assertThat(view.respondents()).isEqualTo(240);
        assertThat(view.foundMeaningful()).isEqualTo(180);
        assertThat(view.meaningfulShare()).isEqualByComparingTo("0.75");
        assertThat(view.rarelyHeard().get(TargetGroup.FAMILIES_WITH_CHILDREN))
                .isEqualTo(new BroadInvolvementView.Reach(35, 30, 0));
        assertThat(view.rarelyHeard().get(TargetGroup.YOUNG_PEOPLE)).isEqualTo(new BroadInvolvementView.Reach(154, 150, 4));
        BroadInvolvementView.Row withoutFeedback = view.experiments().stream()
                .filter(row -> row.experimentId().equals("c")).findFirst().orElseThrow();
        assertThat(withoutFeedback.meaningfulShare()).isNull();
        assertThat(view.experiments().get(0).meaningfulShare()).isEqualByComparingTo("0.75");
    }

    @Test
    void administrationCollaboration_sumsStaffAndListsDistinctDepartments() {
        AdministrationCollaborationView view = CriteriaViews.administrationCollaboration(ProgrammeFigures.of(programme().fold()));

        assertThat(view.staffAttendances()).isEqualTo(10);
        assertThat(view.departments()).containsExactly("Kultur og Fritid", "Plan og Byg", "Økonomi");
        assertThat(view.experiments().get(0).departments()).containsExactly("Kultur og Fritid", "Økonomi");
    }

    @Test
    void municipalityAsPartner_countsInitiativesByStatusAndSumsSupport() {
        MunicipalityAsPartnerView view = CriteriaViews.municipalityAsPartner(ProgrammeFigures.of(programme().fold()));

        assertThat(view.initiatives()).isEqualTo(2);
        assertThat(view.initiativesByStatus()).containsEntry(InitiativeStatus.REALISED, 1L)
                .containsEntry(InitiativeStatus.SUPPORTED, 1L).containsEntry(InitiativeStatus.STOPPED, 0L);
        assertThat(view.supportHours()).isEqualByComparingTo("12.5");
        assertThat(view.fundingDkk()).isEqualByComparingTo(new BigDecimal("15000"));
    }

    @Test
    void eventsDeliveredAgainAfterALostToken_leaveTheSameViews() {
        List<ProgrammeEvents.Numbered> events = programme().all();
        List<ProgrammeEvents.Numbered> redelivered = new ArrayList<>(events.subList(0, 12));
        redelivered.addAll(events.subList(5, events.size()));

        Programme once = ProgrammeEvents.fold(events);
        Programme twice = ProgrammeEvents.fold(redelivered);

        assertThat(twice).isEqualTo(once);
        assertThat(ProgressViews.of(ProgrammeFigures.of(twice), END_OF_2015))
                .isEqualTo(ProgressViews.of(ProgrammeFigures.of(once), END_OF_2015));
        assertThat(CriteriaViews.broadInvolvement(ProgrammeFigures.of(twice), List.of("Jyderup")))
                .isEqualTo(CriteriaViews.broadInvolvement(ProgrammeFigures.of(once), List.of("Jyderup")));
    }

    @Test
    void aStatusEventDeliveredAfterALaterOne_doesNotTurnTheExperimentBack() {
        List<ProgrammeEvents.Numbered> events = new ArrayList<>(programme().all());
        ProgrammeEvents.Numbered approvalOfA = events.get(1);
        events.add(approvalOfA);

        assertThat(ProgrammeEvents.fold(events).experiment("a").orElseThrow().status()).isEqualTo(ExperimentStatus.CONCLUDED);
    }
}
