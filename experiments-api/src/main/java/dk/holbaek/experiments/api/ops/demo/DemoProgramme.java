package dk.holbaek.experiments.api.ops.demo;

import static java.time.LocalDate.parse;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;

import dk.holbaek.experiments.core.council.api.InvolvementForm;
import dk.holbaek.experiments.core.council.api.RecordCouncilInvolvement;
import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.ApproveExperiment;
import dk.holbaek.experiments.core.experiment.api.CancelExperiment;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.ConcludeExperiment;
import dk.holbaek.experiments.core.experiment.api.CorrectActivity;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.HypothesisOutcome;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.Initiator;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.LogActivity;
import dk.holbaek.experiments.core.experiment.api.Method;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.RecordInitiative;
import dk.holbaek.experiments.core.experiment.api.RecordLearning;
import dk.holbaek.experiments.core.experiment.api.RegisterExperiment;
import dk.holbaek.experiments.core.experiment.api.StartExperiment;
import dk.holbaek.experiments.core.experiment.api.SupportKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.core.experiment.api.WithdrawExperiment;
import dk.holbaek.experiments.core.external.api.RecordExternalExperience;
import dk.holbaek.experiments.core.recommendation.api.AdoptRecommendation;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.RecordRecommendation;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;

/**
 * The programme of the 2014 mandate as staff could have recorded it over 2014–2015: the experiments it names
 * (topic summits, electronic dialogue, a participatory budget, committee meetings out in the local areas, a field
 * excursion, local debates) and the three projects where the experimentarium inspires and collects learning
 * (parent boards in day care, Holbæk Arena, Digital Post). Every fact goes through the normal commands, so the
 * same rules apply as to anything staff send, corrections and withdrawals included (an activity logged with a typo
 * and corrected, a registration made twice and withdrawn). The figures are illustrative, not Holbæk's real ones.
 */
final class DemoProgramme {

    /** A command and the day staff recorded it. */
    private record Step(LocalDate recordedOn, Object command) {
    }

    /** Staff log an activity a couple of days after it took place. */
    private static final int RECORDED_DAYS_AFTER = 2;
    private static final LocalDate RECOMMENDATIONS_WRITTEN = LocalDate.of(2015, 11, 10);

    private final CommandGateway commands;
    private final Map<String, List<String>> learningIds = new HashMap<>();
    private final List<Step> script = new ArrayList<>();

    DemoProgramme(CommandGateway commands) {
        this.commands = commands;
    }

    /** Loads the programme; answers how many commands it sent. */
    int load() {
        String summit = experiment("2014-02-03", "Topmøde om bosætning og vækst",
                "Når byrådet møder borgere og virksomheder om ét konkret emne, får politikerne viden om holdninger og "
                        + "ønsker, som de ikke får på de almindelige borgermøder.",
                Method.TOPIC_SUMMIT, ExperimentRole.INITIATED, List.of(InsightArea.POLITICAL_DIRECTION),
                List.of(TargetGroup.BUSINESS_OWNERS, TargetGroup.FAMILIES_WITH_CHILDREN, TargetGroup.ASSOCIATIONS), null,
                "2014-03-01", "2014-06-30", "Strategi & Analyse");
        approveAndStart(summit, "2014-02-20", "60000", "2014-03-01");
        String summitDay = activity(summit, "Topmøde: Bosætning og vækst i Holbæk", ActivityKind.SUMMIT, "2014-04-05",
                Channel.PHYSICAL, "10:00", 300, "Holbæk By",
                participants(182, Map.of(TargetGroup.BUSINESS_OWNERS, 41, TargetGroup.FAMILIES_WITH_CHILDREN, 38,
                        TargetGroup.ASSOCIATIONS, 27, TargetGroup.YOUNG_PEOPLE, 9), 41, 27),
                19, 12, List.of("Strategi & Analyse", "Erhverv og Udvikling", "Plan og Byg"),
                List.of(cost(CostCategory.CATERING, "21840"), cost(CostCategory.SPEAKERS, "15000"),
                        cost(CostCategory.VENUE, "8500")),
                new Feedback(96, 81));
        activity(summit, "Opfølgende værksted om erhvervsservice", ActivityKind.WORKSHOP, "2014-05-13", Channel.PHYSICAL,
                "16:00", 150, "Holbæk By",
                participants(34, Map.of(TargetGroup.BUSINESS_OWNERS, 22), 22, 3), 5, 6,
                List.of("Erhverv og Udvikling"), List.of(cost(CostCategory.CATERING, "3910")), new Feedback(30, 26));
        learning(summit, Criterion.POLITICAL_LEADERSHIP,
                "Politikerne hørte direkte, hvad der får børnefamilier til at vælge Holbæk: pendlermuligheder og "
                        + "pasning tæt på stationen.", "Referat og bordnoter fra topmødet",
                List.of(KnowledgeKind.MOTIVES, KnowledgeKind.WISHES, KnowledgeKind.NEEDS), 2, summitDay, "2014-04-22");
        learning(summit, Criterion.BROAD_INVOLVEMENT,
                "Et lørdagsmøde samlede langt flere børnefamilier og erhvervsdrivende end et aftenmøde plejer.",
                "Deltagerlister fordelt på grupper; evalueringsskema", List.of(), 1, summitDay, "2014-04-22");
        conclude(summit, "2014-06-30", "Topmødet gav byrådet et fælles billede af bosætningsønsker; "
                + "erhvervsservice følges op i Erhverv og Udvikling.", HypothesisOutcome.HELD,
                "Lørdagsmødet samlede børnefamilier og erhvervsdrivende, som aftenmøder ikke når.");

        String digital = experiment("2014-06-02", "Digital dialog om kommuneplan 2015",
                "En digital debat, hvor man kan deltage når det passer en, når unge og børnefamilier, som sjældent "
                        + "kommer til borgermøder om aftenen.",
                Method.DIGITAL_DIALOGUE, ExperimentRole.INITIATED,
                List.of(InsightArea.POLITICAL_DIRECTION, InsightArea.SERVICE_INNOVATION),
                List.of(TargetGroup.YOUNG_PEOPLE, TargetGroup.FAMILIES_WITH_CHILDREN), null, "2014-08-15", "2014-11-30",
                "Plan og Byg");
        approveAndStart(digital, "2014-06-25", "40000", "2014-08-15");
        String debate = activity(digital, "Online debat: Hvor skal Holbæk vokse?", ActivityKind.ONLINE_DEBATE, "2014-09-15",
                Channel.DIGITAL, null, null, null,
                participants(612, Map.of(TargetGroup.YOUNG_PEOPLE, 143, TargetGroup.FAMILIES_WITH_CHILDREN, 171,
                        TargetGroup.NON_DANISH_BACKGROUND, 18), 12, 9),
                7, 3, List.of("Plan og Byg", "Digitalisering"),
                List.of(cost(CostCategory.IT_SUPPORT, "28500")), new Feedback(204, 139));
        activity(digital, "Spørgeskema om grønne områder", ActivityKind.SURVEY, "2014-10-06", Channel.DIGITAL, null, null,
                null, participants(1184, Map.of(TargetGroup.YOUNG_PEOPLE, 266, TargetGroup.SENIORS, 301), 0, 0), 0, 2,
                List.of("Plan og Byg"), List.of(cost(CostCategory.IT_SUPPORT, "6000")), null);
        learning(digital, Criterion.BROAD_INVOLVEMENT,
                "Den digitale debat nåede fire gange så mange unge som de fysiske høringsmøder om kommuneplanen.",
                "Deltagertal fra debatplatformen sammenholdt med høringsmøderne i 2013", List.of(), 2, debate, "2014-10-20");
        learning(digital, Criterion.ADMINISTRATION_COLLABORATION,
                "Forvaltningen svarede for langsomt i debatten; en fast svartid og en ansvarlig redaktør er nødvendig.",
                "Log over svartider i debatten", List.of(), -1, debate, "2014-10-20");
        conclude(digital, "2014-11-30", "Høj digital deltagelse, særligt blandt unge; svartiderne skal forbedres.",
                HypothesisOutcome.PARTLY_HELD, "De unge deltog digitalt, men forvaltningen svarede for langsomt.");

        String budget = experiment("2014-06-02", "Borgerbudget i Tølløse",
                "Når borgerne selv prioriterer en pulje til lokale projekter, tager flere medansvar for lokalområdet.",
                Method.PARTICIPATORY_BUDGET, ExperimentRole.INITIATED, List.of(InsightArea.LOCAL_INITIATIVE),
                List.of(TargetGroup.FAMILIES_WITH_CHILDREN, TargetGroup.LOCAL_FORUMS, TargetGroup.ASSOCIATIONS), "Tølløse",
                "2014-08-01", "2015-03-31", "Lokalforumkonsulent");
        approveAndStart(budget, "2014-06-25", "250000", "2014-08-18");
        String duplicate = experiment("2014-06-03", "Borgerbudget i Tølløse",
                "Når borgerne selv prioriterer en pulje til lokale projekter, tager flere medansvar for lokalområdet.",
                Method.PARTICIPATORY_BUDGET, ExperimentRole.INITIATED, List.of(InsightArea.LOCAL_INITIATIVE),
                List.of(TargetGroup.FAMILIES_WITH_CHILDREN), "Tølløse", "2014-08-01", "2015-03-31", "Lokalforumkonsulent");
        record(parse("2014-06-04"), new WithdrawExperiment(duplicate, null, "Registreret ved en fejl (dublet)"));
        String ideas = activity(budget, "Idémøde i Tølløse Hallen", ActivityKind.MEETING, "2014-09-03", Channel.PHYSICAL,
                "19:00", 150, "Tølløse",
                participants(880, Map.of(TargetGroup.FAMILIES_WITH_CHILDREN, 21, TargetGroup.ASSOCIATIONS, 24,
                        TargetGroup.LOCAL_FORUMS, 9), 3, 14),
                4, 3, List.of("Kultur og Fritid", "Økonomi"), List.of(cost(CostCategory.CATERING, "5280")),
                new Feedback(61, 55));
        record(parse("2014-09-08"), new CorrectActivity(budget, null, new LogActivity(budget, null, ideas,
                "Idémøde i Tølløse Hallen", ActivityKind.MEETING, parse("2014-09-03"), Channel.PHYSICAL,
                LocalTime.parse("19:00"), 150, "Tølløse",
                participants(88, Map.of(TargetGroup.FAMILIES_WITH_CHILDREN, 21, TargetGroup.ASSOCIATIONS, 24,
                        TargetGroup.LOCAL_FORUMS, 9), 3, 14),
                4, 3, List.of("Kultur og Fritid", "Økonomi"), List.of(cost(CostCategory.CATERING, "5280")),
                new Feedback(61, 55)), "Tastefejl: 88 deltagere, ikke 880"));
        activity(budget, "Afstemning om projekterne", ActivityKind.VOTE, "2014-10-20", Channel.HYBRID, null, null, "Tølløse",
                participants(1046, Map.of(TargetGroup.FAMILIES_WITH_CHILDREN, 312, TargetGroup.YOUNG_PEOPLE, 149,
                        TargetGroup.SENIORS, 221), 0, 0),
                0, 4, List.of("Kultur og Fritid", "Digitalisering"), List.of(cost(CostCategory.IT_SUPPORT, "12500")), null);
        initiative(budget, "Naturlegeplads ved Tølløse Hallen", Initiator.ASSOCIATION,
                List.of(SupportKind.FUNDING, SupportKind.ADVICE, SupportKind.PREMISES), "64", "145000",
                InitiativeStatus.REALISED, "2015-03-20");
        initiative(budget, "Lys på stien til stationen", Initiator.LOCAL_FORUM, List.of(SupportKind.FUNDING, SupportKind.ADVICE),
                "22", "105000", InitiativeStatus.SUPPORTED, "2014-11-03");
        learning(budget, Criterion.MUNICIPALITY_AS_PARTNER,
                "Foreningerne bar projekterne selv, når kommunen hjalp med byggetilladelser og tilsyn.",
                "Projektbeskrivelser og opfølgningsmøder med foreningerne", List.of(), 2, null, "2015-03-25");
        learning(budget, Criterion.BROAD_INVOLVEMENT,
                "Over tusind stemte, men idémødet om aftenen samlede kun få unge.",
                "Stemmetal og deltagerliste fra idémødet", List.of(), 1, ideas, "2014-10-27");
        conclude(budget, "2015-03-31", "Puljen blev fordelt på to projekter; naturlegepladsen er bygget.",
                HypothesisOutcome.HELD, "Borgerne prioriterede selv puljen, og projekterne blev gennemført.");

        String committees = experiment("2014-03-24", "Udvalgsmøder ude i lokalområderne",
                "Når fagudvalgene holder møde ude i lokalområderne og ser forholdene selv, bliver dialogen med de lokale "
                        + "ildsjæle konkret.",
                Method.LOCAL_COMMITTEE_MEETING, ExperimentRole.INITIATED, List.of(InsightArea.POLITICAL_DIRECTION),
                List.of(TargetGroup.LOCAL_FORUMS, TargetGroup.ASSOCIATIONS, TargetGroup.OTHER_CITIZENS), null,
                "2014-05-01", "2015-06-30", "Sekretariatet");
        approveAndStart(committees, "2014-04-10", "30000", "2014-05-01");
        activity(committees, "Kultur- og Fritidsudvalget i Svinninge", ActivityKind.MEETING, "2014-05-21", Channel.PHYSICAL,
                "17:00", 180, "Svinninge",
                participants(46, Map.of(TargetGroup.LOCAL_FORUMS, 11, TargetGroup.ASSOCIATIONS, 18), 2, 18),
                7, 4, List.of("Kultur og Fritid"), List.of(cost(CostCategory.CATERING, "2760")), new Feedback(32, 29));
        String jyderup = activity(committees, "Teknik- og Miljøudvalget i Jyderup", ActivityKind.MEETING, "2014-10-08",
                Channel.PHYSICAL, "17:00", 180, "Jyderup",
                participants(39, Map.of(TargetGroup.LOCAL_FORUMS, 8, TargetGroup.BUSINESS_OWNERS, 6), 6, 9),
                7, 5, List.of("Teknik og Miljø"), List.of(cost(CostCategory.CATERING, "2340")), new Feedback(25, 20));
        activity(committees, "Børne- og Skoleudvalget i Havnsø", ActivityKind.MEETING, "2015-03-11", Channel.PHYSICAL,
                "16:30", 150, "Havnsø",
                participants(57, Map.of(TargetGroup.FAMILIES_WITH_CHILDREN, 29, TargetGroup.USER_BOARDS, 8), 0, 6),
                7, 6, List.of("Børn og Unge"), List.of(cost(CostCategory.CATERING, "3420")), new Feedback(41, 37));
        learning(committees, Criterion.POLITICAL_LEADERSHIP,
                "Udvalget så trafikforholdene ved skolen selv og ændrede prioriteringen af cykelstien.",
                "Udvalgets beslutningsprotokol 8. oktober 2014", List.of(KnowledgeKind.EXPERIENCES, KnowledgeKind.NEEDS),
                2, jyderup, "2014-10-15");
        conclude(committees, "2015-06-30", "Udvalgsmøder i lokalområderne fortsætter som fast praksis to gange årligt.",
                HypothesisOutcome.HELD, "Lokalrådene deltog i alle møder og bad om at fortsætte.");

        String excursion = experiment("2014-05-05", "Fagekskursion om klimatilpasning ved Holbæk Fjord",
                "Politikere, der ser oversvømmelsesrisikoen på stedet sammen med grundejerne, finder løsninger hurtigere.",
                Method.FIELD_EXCURSION, ExperimentRole.INITIATED, List.of(InsightArea.SERVICE_INNOVATION),
                List.of(TargetGroup.OTHER_CITIZENS, TargetGroup.ASSOCIATIONS), "Holbæk By", "2014-06-01", "2014-06-30",
                "Teknik og Miljø");
        approveAndStart(excursion, "2014-05-15", "12000", "2014-06-01");
        String tour = activity(excursion, "Ekskursion langs fjorden med grundejerforeningerne", ActivityKind.EXCURSION,
                "2014-06-12", Channel.PHYSICAL, "14:00", 180, "Holbæk By",
                participants(31, Map.of(TargetGroup.ASSOCIATIONS, 14), 1, 5), 9, 4, List.of("Teknik og Miljø"),
                List.of(cost(CostCategory.OTHER, "4800"), cost(CostCategory.CATERING, "1550")), new Feedback(28, 27));
        learning(excursion, Criterion.ADMINISTRATION_COLLABORATION,
                "Grundejerne og forvaltningen tegnede i fællesskab et forslag til dige ved Strandparken.",
                "Skitse og notat fra ekskursionen", List.of(), 2, tour, "2014-06-20");
        conclude(excursion, "2014-06-30", "Fælles forslag til klimasikring sendt til Teknik- og Miljøudvalget.",
                HypothesisOutcome.INCONCLUSIVE, "Én ekskursion er for lidt til at sige, om formen virker.");

        String parentBoards = experiment("2014-08-11", "Forældrebestyrelser og dagtilbud i samarbejde",
                "Forældrebestyrelser, der inddrages tidligt, kan være med til at udvikle dagtilbuddene og ikke kun høres.",
                Method.OTHER, ExperimentRole.OBSERVED, List.of(InsightArea.SERVICE_INNOVATION),
                List.of(TargetGroup.USER_BOARDS, TargetGroup.FAMILIES_WITH_CHILDREN), null, "2014-09-01", "2015-06-30",
                "Dagtilbud");
        approveAndStart(parentBoards, "2014-08-21", null, "2014-09-01");
        String boardWorkshop = activity(parentBoards, "Værksted for forældrebestyrelserne", ActivityKind.WORKSHOP,
                "2014-11-04", Channel.PHYSICAL, "16:30", 120, null,
                participants(64, Map.of(TargetGroup.USER_BOARDS, 52, TargetGroup.FAMILIES_WITH_CHILDREN, 12), 0, 0),
                2, 9, List.of("Dagtilbud", "Børn og Unge"), List.of(cost(CostCategory.CATERING, "3200")),
                new Feedback(50, 44));
        learning(parentBoards, Criterion.ADMINISTRATION_COLLABORATION,
                "Værkstedet om eftermiddagen med børnepasning gjorde det muligt for forældrene at deltage.",
                "Evaluering fra værkstedet", List.of(), 1, boardWorkshop, "2014-11-12");
        learning(parentBoards, Criterion.POLITICAL_LEADERSHIP,
                "Forældrene ønsker mere fleksible åbningstider frem for flere pædagogiske temaer.",
                "Opsamling fra værkstedets grupper", List.of(KnowledgeKind.WISHES, KnowledgeKind.ATTITUDES), 1, boardWorkshop,
                "2014-11-12");

        String arena = experiment("2014-08-11", "Holbæk Arena: samarbejde med foreninger og virksomheder",
                "Et partnerskab om en ny arena får foreninger og virksomheder til at lægge egne kræfter og midler i projektet.",
                Method.PARTNERSHIP, ExperimentRole.OBSERVED, List.of(InsightArea.LOCAL_INITIATIVE, InsightArea.SERVICE_INNOVATION),
                List.of(TargetGroup.ASSOCIATIONS, TargetGroup.BUSINESS_OWNERS), "Holbæk By", "2014-09-01", "2015-12-31",
                "Kultur og Fritid");
        approveAndStart(arena, "2014-08-21", null, "2014-09-01");
        activity(arena, "Partnerskabsværksted med foreninger og sponsorer", ActivityKind.WORKSHOP, "2014-09-23",
                Channel.PHYSICAL, "18:00", 180, "Holbæk By",
                participants(72, Map.of(TargetGroup.ASSOCIATIONS, 44, TargetGroup.BUSINESS_OWNERS, 17), 17, 44),
                3, 5, List.of("Kultur og Fritid", "Erhverv og Udvikling"), List.of(cost(CostCategory.CATERING, "4320")),
                new Feedback(48, 40));
        activity(arena, "Brugermøde om arenaens drift", ActivityKind.MEETING, "2015-02-10", Channel.HYBRID, "19:00", 120,
                "Holbæk By", participants(58, Map.of(TargetGroup.ASSOCIATIONS, 39, TargetGroup.YOUNG_PEOPLE, 6), 4, 39),
                2, 3, List.of("Kultur og Fritid"), List.of(cost(CostCategory.IT_SUPPORT, "2500")), new Feedback(35, 28));
        initiative(arena, "Foreningernes fælles bookingsystem", Initiator.ASSOCIATION,
                List.of(SupportKind.STAFF_TIME, SupportKind.NETWORK), "40", null, InitiativeStatus.SUPPORTED, "2015-02-20");
        learning(arena, Criterion.MUNICIPALITY_AS_PARTNER,
                "Foreningerne tog ansvar for driften, da kommunen stillede en fast kontaktperson til rådighed.",
                "Samarbejdsaftale og referater fra styregruppen", List.of(), 1, null, "2015-03-01");

        String digitalPost = experiment("2014-08-11", "Digital Post: borger-til-borger-undervisning",
                "Borgere, der lærer andre borgere at bruge Digital Post, når dem, som kommunens egne kurser ikke når.",
                Method.PEER_TEACHING, ExperimentRole.OBSERVED, List.of(InsightArea.SERVICE_INNOVATION),
                List.of(TargetGroup.SENIORS, TargetGroup.NON_DANISH_BACKGROUND), null, "2014-09-01", "2014-12-31",
                "Borgerservice");
        approveAndStart(digitalPost, "2014-08-21", "18000", "2014-09-01");
        String cafe = activity(digitalPost, "IT-café i Aktivitetscentret Elmegården", ActivityKind.TEACHING, "2014-09-17",
                Channel.PHYSICAL, "10:00", 120, "Holbæk By",
                participants(38, Map.of(TargetGroup.SENIORS, 35), 0, 1), 0, 2, List.of("Borgerservice", "Ældre"),
                List.of(cost(CostCategory.CATERING, "950")), new Feedback(30, 29));
        activity(digitalPost, "Digital Post på arabisk og somali i Biblioteket", ActivityKind.TEACHING, "2014-10-22",
                Channel.PHYSICAL, "13:00", 120, "Holbæk By",
                participants(26, Map.of(TargetGroup.NON_DANISH_BACKGROUND, 24), 0, 2), 0, 3,
                List.of("Borgerservice", "Integration"), List.of(cost(CostCategory.SPEAKERS, "2400")), new Feedback(20, 19));
        initiative(digitalPost, "Frivillige IT-hjælpere i aktivitetscentrene", Initiator.CITIZENS,
                List.of(SupportKind.PREMISES, SupportKind.NETWORK), "30", null, InitiativeStatus.REALISED, "2014-12-10");
        learning(digitalPost, Criterion.MUNICIPALITY_AS_PARTNER,
                "Frivillige ældre underviste andre ældre bedre end kommunens kurser; de behøvede lokaler og netværk, ikke penge.",
                "Fremmødelister og interview med de frivillige", List.of(), 2, cafe, "2014-12-10");
        conclude(digitalPost, "2014-12-31", "IT-caféerne fortsætter med frivillige; kommunen stiller lokaler.",
                HypothesisOutcome.HELD, "De ældre lærte Digital Post hos frivillige, og caféerne fortsætter.");

        String schoolDebate = experiment("2015-03-02", "Lokal debat om skolestrukturen i Mørkøv",
                "En åben debat tidligt i processen giver en mere rolig beslutning om skolestrukturen.",
                Method.LOCAL_DEBATE, ExperimentRole.INITIATED, List.of(InsightArea.POLITICAL_DIRECTION),
                List.of(TargetGroup.FAMILIES_WITH_CHILDREN), "Mørkøv", "2015-04-01", "2015-06-30", "Børn og Unge");
        approveAndStart(schoolDebate, "2015-03-19", "8000", null);
        record(parse("2015-04-15"), new CancelExperiment(schoolDebate, null, parse("2015-04-15"),
                "Byrådet udsatte beslutningen om skolestrukturen til efter budgetforhandlingerne."));

        experiment("2015-11-23", "Ungepanel om fremtidens fritidstilbud",
                "Et fast panel af unge, der spørges digitalt, giver en løbende dialog med en gruppe, der sjældent deltager.",
                Method.DIGITAL_DIALOGUE, ExperimentRole.INITIATED, List.of(InsightArea.POLITICAL_DIRECTION),
                List.of(TargetGroup.YOUNG_PEOPLE), null, "2016-01-15", "2016-12-31", "Kultur og Fritid");

        council("2014-04-23", InvolvementForm.THEME_MEETING, "Temamøde: Demokratieksperimentariets første eksperimenter",
                List.of(summit, committees));
        record(parse("2014-06-19"), new RecordCouncilInvolvement(newId(), parse("2014-06-18"),
                InvolvementForm.COUNCIL_MEETING, "Forslag om dialogen med lokalområderne", List.of(committees), true));
        council("2014-11-26", InvolvementForm.THEME_MEETING, "Midtvejsstatus: digital dialog og borgerbudget",
                List.of(digital, budget));
        council("2015-05-27", InvolvementForm.THEME_MEETING, "Erfaringer fra partnerskaber og frivillige",
                List.of(arena, digitalPost, budget));
        council("2015-12-16", InvolvementForm.COUNCIL_MEETING, "Erfaringsrapport og anbefalinger til byrådet", List.of());

        record(parse("2014-06-10"), new RecordExternalExperience(newId(), "Deltagende budgettering i Porto Alegre",
                "Porto Alegre", "Brasilien", "Borgerbudget", null,
                "Borgerne stemmer om en del af anlægsbudgettet bydel for bydel; flere deltager, når pengene bliver "
                        + "synlige i deres egen bydel, og når kommunen hvert år fortæller, hvad der kom ud af det.",
                List.of(budget), parse("2014-06-10")));
        record(parse("2015-02-04"), new RecordExternalExperience(newId(), "Borgerbudget i Paris", "Paris", "Frankrig",
                "Borgerbudget", "https://budgetparticipatif.paris.fr/",
                "Afstemning både på nettet og i stemmeboder rundt i byen fik langt flere med end møder alene; "
                        + "de unge stemte især digitalt.", List.of(budget, digital), parse("2015-02-04")));

        List<String> budgetLearnings = learningsOf(budget);
        String recommendation = recommendation("Borgerbudgetter i alle lokalområder",
                "Byrådet afsætter hvert år en pulje, som borgerne i et lokalområde selv prioriterer, med kommunen som "
                        + "hjælper ved byggetilladelser og tilsyn.", budgetLearnings);
        record(parse("2015-11-19"),
                new AdoptRecommendation(recommendation, null, parse("2015-11-19"), AdoptingBody.PROJECT_COMMITTEE));
        record(parse("2015-12-16"),
                new AdoptRecommendation(recommendation, null, parse("2015-12-16"), AdoptingBody.CITY_COUNCIL));
        String meetingsRecommendation = recommendation("Møder på tidspunkter, hvor familierne kan komme",
                "Dialogmøder holdes også i weekender og om eftermiddagen med børnepasning, og en digital mulighed "
                        + "tilbydes altid.", List.of(learningsOf(summit).get(1), learningsOf(digital).get(0),
                        learningsOf(parentBoards).get(0)));
        record(parse("2015-11-19"),
                new AdoptRecommendation(meetingsRecommendation, null, parse("2015-11-19"), AdoptingBody.PROJECT_COMMITTEE));
        return sendInTheOrderTheyWereRecorded();
    }

    private List<String> learningsOf(String experimentId) {
        return learningIds.getOrDefault(experimentId, List.of());
    }

    private String experiment(String registeredOn, String title, String hypothesis, Method method, ExperimentRole role,
                              List<InsightArea> areas, List<TargetGroup> groups, String localArea, String plannedStart,
                              String plannedEnd, String owner) {
        String id = newId();
        record(parse(registeredOn), new RegisterExperiment(id, title, hypothesis, method, role, areas, groups, localArea,
                parse(plannedStart), parse(plannedEnd), owner));
        return id;
    }

    private void approveAndStart(String id, String approvedOn, String budgetDkk, String startedOn) {
        record(parse(approvedOn),
                new ApproveExperiment(id, null, parse(approvedOn), budgetDkk == null ? null : new BigDecimal(budgetDkk)));
        if (startedOn != null) {
            record(parse(startedOn), new StartExperiment(id, null, parse(startedOn)));
        }
    }

    private String activity(String experimentId, String title, ActivityKind kind, String occurredOn, Channel channel,
                            String startsAt, Integer durationMinutes, String localArea, Participants participants,
                            int councilMembers, int staff, List<String> departments, List<Cost> costs, Feedback feedback) {
        String id = newId();
        record(parse(occurredOn).plusDays(RECORDED_DAYS_AFTER), new LogActivity(experimentId, null, id, title, kind,
                parse(occurredOn), channel,
                startsAt == null ? null : LocalTime.parse(startsAt), durationMinutes, localArea, participants, councilMembers,
                staff, departments, costs, feedback));
        return id;
    }

    private void learning(String experimentId, Criterion criterion, String insight, String evidence,
                          List<KnowledgeKind> kinds, int assessment, String activityId, String recordedOn) {
        String id = newId();
        record(parse(recordedOn), new RecordLearning(experimentId, null, id, criterion, insight, evidence, kinds,
                assessment, activityId, parse(recordedOn)));
        List<String> ids = new ArrayList<>(learningsOf(experimentId));
        ids.add(id);
        learningIds.put(experimentId, ids);
    }

    private void initiative(String experimentId, String title, Initiator initiator, List<SupportKind> support,
                            String supportHours, String fundingDkk, InitiativeStatus status, String recordedOn) {
        record(parse(recordedOn), new RecordInitiative(experimentId, null, newId(), title, initiator, support,
                supportHours == null ? null : new BigDecimal(supportHours), fundingDkk == null ? null : new BigDecimal(fundingDkk),
                status, parse(recordedOn)));
    }

    private void conclude(String experimentId, String concludedOn, String summary, HypothesisOutcome outcome,
                          String reason) {
        record(parse(concludedOn), new ConcludeExperiment(experimentId, null, parse(concludedOn), summary, outcome,
                reason));
    }

    private void council(String occurredOn, InvolvementForm form, String topic, List<String> experimentIds) {
        record(parse(occurredOn).plusDays(1),
                new RecordCouncilInvolvement(newId(), parse(occurredOn), form, topic, experimentIds, false));
    }

    private String recommendation(String title, String text, List<String> learnings) {
        String id = newId();
        record(RECOMMENDATIONS_WRITTEN, new RecordRecommendation(id, title, text, learnings));
        return id;
    }

    private static Participants participants(int total, Map<TargetGroup, Integer> byGroup, int businesses, int organisations) {
        return new Participants(total, new EnumMap<>(byGroup), businesses, organisations);
    }

    private static Cost cost(CostCategory category, String amountDkk) {
        return new Cost(category, new BigDecimal(amountDkk));
    }

    private void record(LocalDate recordedOn, Object command) {
        script.add(new Step(recordedOn, command));
    }

    /**
     * Sends the commands in the order of the days staff recorded them, each stamped at noon of that day, so that the
     * views "as of" a date in 2014 or 2015 show the programme as it stood then. The event clock is Axon's and
     * global to the process: it is put back when the programme is loaded.
     */
    private int sendInTheOrderTheyWereRecorded() {
        List<Step> ordered = script.stream().sorted(Comparator.comparing(Step::recordedOn)).toList();
        try {
            for (Step step : ordered) {
                GenericEventMessage.clock = Clock.fixed(
                        step.recordedOn().atTime(LocalTime.NOON).atZone(ProgrammeCalendar.ZONE).toInstant(), ZoneOffset.UTC);
                commands.sendAndWait(step.command());
            }
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
        return ordered.size();
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

}
