package dk.holbaek.experiments.api.render;

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
import dk.holbaek.experiments.core.experiment.api.HypothesisOutcome;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.SupportKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecommendationAdopted;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;
import dk.holbaek.experiments.query.programme.InMemoryRows;
import dk.holbaek.experiments.query.programme.LocalAreas;
import dk.holbaek.experiments.query.programme.ProgrammeFold;
import dk.holbaek.experiments.query.report.ExperienceReport;
import dk.holbaek.experiments.query.report.ExperienceReports;

/** A small fixed programme with fixed identifiers, for the report's golden files. */
final class FixedProgramme {

    private final InMemoryRows rows = new InMemoryRows();
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<String> eventIds = new ArrayList<>();

    static ExperienceReport report() {
        return new FixedProgramme().record().build();
    }

    private FixedProgramme record() {
        add("budget", new ExperimentRegistered("budget", "Borgerbudget i Tølløse", "Borgerne prioriterer en lokal pulje klogt.",
                Method.PARTICIPATORY_BUDGET, ExperimentRole.INITIATED, List.of(InsightArea.LOCAL_INITIATIVE),
                List.of(TargetGroup.FAMILIES_WITH_CHILDREN), "Tølløse", LocalDate.of(2014, 8, 1), LocalDate.of(2015, 3, 31),
                "Lokalforumkonsulent"));
        add("budget", new ExperimentApproved("budget", LocalDate.of(2014, 6, 25), new BigDecimal("250000")));
        add("budget", new ExperimentStarted("budget", LocalDate.of(2014, 8, 18)));
        add("budget", new ActivityLogged("budget", "meeting", "Idémøde i Tølløse Hallen", ActivityKind.MEETING,
                LocalDate.of(2014, 9, 3), Channel.PHYSICAL, LocalTime.of(19, 0), 150, "Tølløse",
                new Participants(88, Map.of(TargetGroup.FAMILIES_WITH_CHILDREN, 21, TargetGroup.ASSOCIATIONS, 24), 3, 14),
                4, 3, List.of("Kultur og Fritid", "Økonomi"), List.of(new Cost(CostCategory.CATERING, new BigDecimal("5280"))),
                new Feedback(61, 55)));
        add("budget", new ActivityLogged("budget", "vote", "Afstemning om projekterne", ActivityKind.VOTE,
                LocalDate.of(2014, 10, 20), Channel.HYBRID, null, null, "Tølløse",
                new Participants(1046, Map.of(TargetGroup.YOUNG_PEOPLE, 149, TargetGroup.SENIORS, 221), 0, 0), 0, 4,
                List.of("Digitalisering"), List.of(new Cost(CostCategory.IT_SUPPORT, new BigDecimal("12500.50"))), null));
        add("budget", new InitiativeRecorded("budget", "playground", "Naturlegeplads ved Tølløse Hallen",
                Initiator.ASSOCIATION, List.of(SupportKind.FUNDING, SupportKind.ADVICE), new BigDecimal("64"),
                new BigDecimal("145000"), InitiativeStatus.REALISED, LocalDate.of(2015, 3, 20)));
        add("budget", new LearningRecorded("budget", "partners", Criterion.MUNICIPALITY_AS_PARTNER,
                "Foreningerne bar projekterne selv, når kommunen hjalp med tilladelser.", "Opfølgningsmøder", List.of(), 2,
                null, LocalDate.of(2015, 3, 25)));
        add("budget", new LearningRecorded("budget", "evening", Criterion.BROAD_INVOLVEMENT,
                "Idémødet om aftenen samlede kun få unge.", "Deltagerliste", List.of(), -1, "meeting",
                LocalDate.of(2014, 10, 27)));
        add("budget", new ExperimentConcluded("budget", LocalDate.of(2015, 3, 31), "Naturlegepladsen er bygget.",
                HypothesisOutcome.PARTLY_HELD, "Familierne kom til idémødet, de unge gjorde ikke."));
        add("committee", new ExperimentRegistered("committee", "Udvalgsmøde i Jyderup", "Politikerne ser forholdene selv.",
                Method.LOCAL_COMMITTEE_MEETING, ExperimentRole.INITIATED, List.of(InsightArea.POLITICAL_DIRECTION),
                List.of(TargetGroup.LOCAL_FORUMS), null, LocalDate.of(2014, 5, 1), LocalDate.of(2014, 12, 31), null));
        add("committee", new ExperimentApproved("committee", LocalDate.of(2014, 4, 10), null));
        add("committee", new ExperimentStarted("committee", LocalDate.of(2014, 5, 1)));
        add("committee", new ActivityLogged("committee", "jyderup", "Teknik- og Miljøudvalget i Jyderup",
                ActivityKind.MEETING, LocalDate.of(2014, 5, 21), Channel.PHYSICAL, LocalTime.of(16, 0), 180, "Jyderup",
                new Participants(39, Map.of(TargetGroup.LOCAL_FORUMS, 8, TargetGroup.BUSINESS_OWNERS, 6), 6, 9), 7, 5,
                List.of("Teknik og Miljø"), List.of(new Cost(CostCategory.CATERING, new BigDecimal("2340"))),
                new Feedback(25, 20)));
        add("committee", new LearningRecorded("committee", "traffic", Criterion.POLITICAL_LEADERSHIP,
                "Udvalget så trafikforholdene selv og ændrede prioriteringen.", "Beslutningsprotokol",
                List.of(KnowledgeKind.EXPERIENCES, KnowledgeKind.NEEDS), 2, "jyderup", LocalDate.of(2014, 5, 28)));
        add("debate", new ExperimentRegistered("debate", "Debat om skolestruktur", "En tidlig debat giver ro.",
                Method.LOCAL_DEBATE, ExperimentRole.INITIATED, List.of(InsightArea.POLITICAL_DIRECTION), List.of(), "Mørkøv",
                null, null, null));
        add("debate", new ExperimentCancelled("debate", LocalDate.of(2015, 4, 15), "Beslutningen blev udsat."));
        add("theme", new CouncilInvolvementRecorded("theme", LocalDate.of(2014, 4, 23), InvolvementForm.THEME_MEETING,
                "Temamøde", List.of(), false));
        add("proposal", new CouncilInvolvementRecorded("proposal", LocalDate.of(2014, 6, 18), InvolvementForm.COUNCIL_MEETING,
                "Forslag om dialogen med lokalområderne", List.of("committee"), true));
        add("status", new CouncilInvolvementRecorded("status", LocalDate.of(2015, 5, 27), InvolvementForm.THEME_MEETING,
                "Midtvejsstatus", List.of(), false));
        add("pool", new RecommendationRecorded("pool", "Borgerbudgetter i alle lokalområder",
                "Byrådet afsætter hvert år en pulje, som borgerne i et lokalområde selv prioriterer.",
                List.of(new LearningReference("partners", "budget"))));
        add("pool", new RecommendationAdopted("pool", LocalDate.of(2015, 11, 19), AdoptingBody.PROJECT_COMMITTEE));
        return this;
    }

    private ExperienceReport build() {
        return ExperienceReports.build(rows.programme(), new ExperienceReports.Basis(LocalDate.of(2015, 12, 31),
                eventIds.size(), List.of(), List.of(), LocalAreas.HOLBAEK.names()));
    }

    private void add(String aggregateId, Object event) {
        long sequence = sequences.merge(aggregateId, 1L, Long::sum) - 1;
        String eventId = String.format("event-%02d", eventIds.size() + 1);
        eventIds.add(eventId);
        ProgrammeFold.apply(event, sequence, eventId, rows);
    }
}
