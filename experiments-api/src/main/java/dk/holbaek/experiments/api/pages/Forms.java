package dk.holbaek.experiments.api.pages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

import dk.holbaek.experiments.api.pages.FormView.Field;
import dk.holbaek.experiments.api.pages.FormView.Kind;
import dk.holbaek.experiments.api.pages.FormView.Option;
import dk.holbaek.experiments.api.pages.FormView.Section;
import dk.holbaek.experiments.core.council.api.CorrectCouncilInvolvement;
import dk.holbaek.experiments.core.council.api.InvolvementForm;
import dk.holbaek.experiments.core.council.api.RecordCouncilInvolvement;
import dk.holbaek.experiments.core.council.api.WithdrawCouncilInvolvement;
import dk.holbaek.experiments.core.external.api.CorrectExternalExperience;
import dk.holbaek.experiments.core.external.api.RecordExternalExperience;
import dk.holbaek.experiments.core.external.api.WithdrawExternalExperience;
import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.ApproveExperiment;
import dk.holbaek.experiments.core.experiment.api.CancelExperiment;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.ConcludeExperiment;
import dk.holbaek.experiments.core.experiment.api.CorrectActivity;
import dk.holbaek.experiments.core.experiment.api.CorrectApproval;
import dk.holbaek.experiments.core.experiment.api.CorrectCancellation;
import dk.holbaek.experiments.core.experiment.api.CorrectConclusion;
import dk.holbaek.experiments.core.experiment.api.CorrectInitiative;
import dk.holbaek.experiments.core.experiment.api.CorrectLearning;
import dk.holbaek.experiments.core.experiment.api.CorrectRegistration;
import dk.holbaek.experiments.core.experiment.api.CorrectStart;
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
import dk.holbaek.experiments.core.experiment.api.WithdrawActivity;
import dk.holbaek.experiments.core.experiment.api.WithdrawExperiment;
import dk.holbaek.experiments.core.experiment.api.WithdrawInitiative;
import dk.holbaek.experiments.core.experiment.api.WithdrawLearning;
import dk.holbaek.experiments.core.recommendation.api.AdoptRecommendation;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.CorrectAdoption;
import dk.holbaek.experiments.core.recommendation.api.CorrectRecommendation;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecordRecommendation;
import dk.holbaek.experiments.core.recommendation.api.WithdrawRecommendation;
import dk.holbaek.experiments.query.experiment.ExperimentDetail;
import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.LearningRow;
import dk.holbaek.experiments.query.programme.Programme;
import dk.holbaek.experiments.query.record.RecordReader.CouncilInvolvementDetail;
import dk.holbaek.experiments.query.record.RecordReader.ExternalExperienceDetail;
import dk.holbaek.experiments.query.record.RecordReader.RecommendationDetail;

/**
 * Every command as a form: what it asks (named as the API names its JSON fields), what a correction starts from (the
 * entry as recorded), the command it sends and where the person lands afterwards. The forms send the same commands
 * as the API, through the same gateway and rules.
 */
final class Forms {

    /** Rows offered for costs; the API takes up to 20, a form with more empty rows helps nobody. */
    static final int COST_ROWS = 4;
    private static final String REASON = "reason";

    private Forms() {
    }

    /** What a form needs before it can be shown. */
    enum Needs { NOTHING, EXPERIMENT, ACTIVITY, LEARNING, INITIATIVE, INVOLVEMENT, RECOMMENDATION, EXPERIENCE }

    /** What a form is about, read before it is shown and again when it is sent. */
    record Target(Programme programme, ExperimentDetail experiment, String entryId, CouncilInvolvementDetail involvement,
                  RecommendationDetail recommendation, ExternalExperienceDetail experience, Long version) {

        Optional<ExperimentDetail.Activity> activity() {
            return experiment.activities().stream().filter(a -> a.activityId().equals(entryId)).findFirst();
        }

        Optional<ExperimentDetail.Learning> learning() {
            return experiment.learnings().stream().filter(l -> l.learningId().equals(entryId)).findFirst();
        }

        Optional<ExperimentDetail.Initiative> initiative() {
            return experiment.initiatives().stream().filter(i -> i.initiativeId().equals(entryId)).findFirst();
        }

        /** The version of what the form changes as it stands now. */
        Long current() {
            return experiment != null ? Long.valueOf(experiment.version()) : involvement != null
                    ? Long.valueOf(involvement.version()) : recommendation != null ? Long.valueOf(recommendation.version())
                    : experience != null ? Long.valueOf(experience.version()) : null;
        }

        /** As read when the form was shown ({@code version}): a command from it is refused if it changed since. */
        Target asShownAt(Long shown) {
            return new Target(programme, experiment, entryId, involvement, recommendation, experience, shown);
        }

        /** The heading's subject: the experiment's title, the involvement's topic or the recommendation's title. */
        String subject() {
            return experiment != null ? experiment.title() : involvement != null ? involvement.topic()
                    : recommendation != null ? recommendation.title() : experience != null ? experience.title() : null;
        }
    }

    /** One form. {@code recorded} fills a correction with the entry as it stands; a new record starts empty. */
    record CommandForm(String name, Needs needs, String confirmationKey, Function<Target, List<Section>> sections,
                       Function<Target, Map<String, List<String>>> recorded,
                       BiFunction<Target, FormInput, Object> command, BiFunction<Target, Object, String> landing) {

        String headingKey() {
            return "form." + name + ".heading";
        }
    }

    static Map<String, CommandForm> all() {
        Map<String, CommandForm> forms = new LinkedHashMap<>();
        for (CommandForm form : List.of(
                // experiments and their steps
                new CommandForm("experiment", Needs.NOTHING, "form.done.experiment", t -> registration(),
                        t -> Map.of(), (t, in) -> register(newId(), in),
                        (t, c) -> "/experiments/" + ((RegisterExperiment) c).experimentId()),
                new CommandForm("approval", Needs.EXPERIMENT, "form.done.approval", t -> approval(), t -> Map.of(),
                        (t, in) -> approve(t, in), Forms::experimentPage),
                new CommandForm("start", Needs.EXPERIMENT, "form.done.start", t -> start(), t -> Map.of(),
                        (t, in) -> start(t, in), Forms::experimentPage),
                new CommandForm("conclusion", Needs.EXPERIMENT, "form.done.conclusion", t -> conclusion(),
                        t -> Map.of(), (t, in) -> conclude(t, in), Forms::experimentPage),
                new CommandForm("cancellation", Needs.EXPERIMENT, "form.done.cancellation", t -> cancellation(),
                        t -> Map.of(), (t, in) -> cancel(t, in), Forms::experimentPage),
                new CommandForm("activity", Needs.EXPERIMENT, "form.done.activity", t -> activity(), t -> Map.of(),
                        (t, in) -> logActivity(t, newId(), in), Forms::experimentPage),
                new CommandForm("learning", Needs.EXPERIMENT, "form.done.learning", Forms::learning, t -> Map.of(),
                        (t, in) -> recordLearning(t, newId(), in), Forms::experimentPage),
                new CommandForm("initiative", Needs.EXPERIMENT, "form.done.initiative", t -> initiative(),
                        t -> Map.of(), (t, in) -> recordInitiative(t, newId(), in), Forms::experimentPage),
                // corrections and withdrawals of an experiment's facts
                new CommandForm("experiment-correction", Needs.EXPERIMENT, "form.done.correction",
                        t -> withReason(registration()), Forms::recordedRegistration,
                        (t, in) -> new CorrectRegistration(t.experiment().id(), t.version(),
                                register(t.experiment().id(), in), in.text(REASON)), Forms::experimentPage),
                new CommandForm("approval-correction", Needs.EXPERIMENT, "form.done.correction",
                        t -> withReason(approval()), t -> values("approvedOn", t.experiment().approvedOn(),
                        "budgetDkk", t.experiment().budgetDkk()),
                        (t, in) -> new CorrectApproval(t.experiment().id(), t.version(), approve(t, in), in.text(REASON)),
                        Forms::experimentPage),
                new CommandForm("start-correction", Needs.EXPERIMENT, "form.done.correction", t -> withReason(start()),
                        t -> values("startedOn", t.experiment().startedOn()),
                        (t, in) -> new CorrectStart(t.experiment().id(), t.version(), start(t, in), in.text(REASON)),
                        Forms::experimentPage),
                new CommandForm("conclusion-correction", Needs.EXPERIMENT, "form.done.correction",
                        t -> withReason(conclusion()), t -> values("concludedOn", t.experiment().concludedOn(),
                        "summary", t.experiment().summary(), "hypothesisOutcome", t.experiment().hypothesisOutcome(),
                        "hypothesisReason", t.experiment().hypothesisReason()),
                        (t, in) -> new CorrectConclusion(t.experiment().id(), t.version(), conclude(t, in),
                                in.text(REASON)), Forms::experimentPage),
                new CommandForm("cancellation-correction", Needs.EXPERIMENT, "form.done.correction",
                        t -> withReason(List.of(section("cancellation", field("cancelledOn", Kind.DATE, true),
                                field("cancellationReason", Kind.LONG_TEXT, true)))),
                        t -> values("cancelledOn", t.experiment().cancelledOn(), "cancellationReason",
                                t.experiment().cancellationReason()),
                        (t, in) -> new CorrectCancellation(t.experiment().id(), t.version(), new CancelExperiment(
                                t.experiment().id(), null, in.date("cancelledOn"), in.text("cancellationReason")),
                                in.text(REASON)), Forms::experimentPage),
                new CommandForm("experiment-withdrawal", Needs.EXPERIMENT, "form.done.withdrawal", t -> reasonOnly(),
                        t -> Map.of(), (t, in) -> new WithdrawExperiment(t.experiment().id(), t.version(),
                        in.text(REASON)), (t, c) -> "/"),
                new CommandForm("activity-correction", Needs.ACTIVITY, "form.done.correction",
                        t -> withReason(activity()), t -> recordedActivity(t.activity().orElseThrow()),
                        (t, in) -> new CorrectActivity(t.experiment().id(), t.version(), logActivity(t, t.entryId(), in),
                                in.text(REASON)), Forms::experimentPage),
                new CommandForm("activity-withdrawal", Needs.ACTIVITY, "form.done.withdrawal", t -> reasonOnly(),
                        t -> Map.of(), (t, in) -> new WithdrawActivity(t.experiment().id(), t.version(), t.entryId(),
                        in.text(REASON)), Forms::experimentPage),
                new CommandForm("learning-correction", Needs.LEARNING, "form.done.correction",
                        t -> withReason(learning(t)), t -> recordedLearning(t.learning().orElseThrow()),
                        (t, in) -> new CorrectLearning(t.experiment().id(), t.version(), recordLearning(t, t.entryId(), in),
                                in.text(REASON)), Forms::experimentPage),
                new CommandForm("learning-withdrawal", Needs.LEARNING, "form.done.withdrawal", t -> reasonOnly(),
                        t -> Map.of(), (t, in) -> new WithdrawLearning(t.experiment().id(), t.version(), t.entryId(),
                        in.text(REASON)), Forms::experimentPage),
                new CommandForm("initiative-correction", Needs.INITIATIVE, "form.done.correction",
                        t -> withReason(initiative()), t -> recordedInitiative(t.initiative().orElseThrow()),
                        (t, in) -> new CorrectInitiative(t.experiment().id(), t.version(),
                                recordInitiative(t, t.entryId(), in), in.text(REASON)), Forms::experimentPage),
                new CommandForm("initiative-withdrawal", Needs.INITIATIVE, "form.done.withdrawal", t -> reasonOnly(),
                        t -> Map.of(), (t, in) -> new WithdrawInitiative(t.experiment().id(), t.version(), t.entryId(),
                        in.text(REASON)), Forms::experimentPage),
                // the council and the recommendations
                new CommandForm("council-involvement", Needs.NOTHING, "form.done.council-involvement",
                        Forms::councilInvolvement, t -> Map.of(), (t, in) -> involvement(newId(), in),
                        (t, c) -> "/council"),
                new CommandForm("council-involvement-correction", Needs.INVOLVEMENT, "form.done.correction",
                        t -> withReason(councilInvolvement(t)), Forms::recordedInvolvement,
                        (t, in) -> new CorrectCouncilInvolvement(t.involvement().id(), t.version(),
                                involvement(t.involvement().id(), in), in.text(REASON)), (t, c) -> "/council"),
                new CommandForm("council-involvement-withdrawal", Needs.INVOLVEMENT, "form.done.withdrawal",
                        t -> reasonOnly(), t -> Map.of(), (t, in) -> new WithdrawCouncilInvolvement(
                        t.involvement().id(), t.version(), in.text(REASON)), (t, c) -> "/council"),
                // experience from elsewhere
                new CommandForm("external-experience", Needs.NOTHING, "form.done.external-experience",
                        Forms::externalExperience, t -> Map.of(), (t, in) -> experience(newId(), in),
                        (t, c) -> "/external-experiences"),
                new CommandForm("external-experience-correction", Needs.EXPERIENCE, "form.done.correction",
                        t -> withReason(externalExperience(t)), Forms::recordedExperience,
                        (t, in) -> new CorrectExternalExperience(t.experience().id(), t.version(),
                                experience(t.experience().id(), in), in.text(REASON)),
                        (t, c) -> "/external-experiences"),
                new CommandForm("external-experience-withdrawal", Needs.EXPERIENCE, "form.done.withdrawal",
                        t -> reasonOnly(), t -> Map.of(), (t, in) -> new WithdrawExternalExperience(
                        t.experience().id(), t.version(), in.text(REASON)), (t, c) -> "/external-experiences"),
                new CommandForm("recommendation", Needs.NOTHING, "form.done.recommendation", Forms::recommendation,
                        t -> Map.of(), (t, in) -> recommend(newId(), in),
                        (t, c) -> "/recommendations#r-" + ((RecordRecommendation) c).recommendationId()),
                new CommandForm("recommendation-correction", Needs.RECOMMENDATION, "form.done.correction",
                        t -> withReason(recommendation(t)), Forms::recordedRecommendation,
                        (t, in) -> new CorrectRecommendation(t.recommendation().id(), t.version(),
                                recommend(t.recommendation().id(), in), in.text(REASON)), Forms::recommendationPage),
                new CommandForm("recommendation-withdrawal", Needs.RECOMMENDATION, "form.done.withdrawal",
                        t -> reasonOnly(), t -> Map.of(), (t, in) -> new WithdrawRecommendation(
                        t.recommendation().id(), t.version(), in.text(REASON)), (t, c) -> "/recommendations"),
                new CommandForm("adoption", Needs.RECOMMENDATION, "form.done.adoption", t -> adoption(),
                        t -> Map.of(), (t, in) -> new AdoptRecommendation(t.recommendation().id(), t.version(),
                        in.date("adoptedOn"), in.choice("adoptedBy", AdoptingBody.class)), Forms::recommendationPage),
                new CommandForm("adoption-correction", Needs.RECOMMENDATION, "form.done.correction",
                        t -> withReason(adoption()), t -> Map.of(),
                        (t, in) -> new CorrectAdoption(t.recommendation().id(), t.version(), new AdoptRecommendation(
                                t.recommendation().id(), null, in.date("adoptedOn"),
                                in.choice("adoptedBy", AdoptingBody.class)), in.text(REASON)),
                        Forms::recommendationPage))) {
            forms.put(form.name(), form);
        }
        return forms;
    }

    // What each form asks

    private static List<Section> registration() {
        return List.of(
                section("about", field("title", Kind.TEXT, true), field("hypothesis", Kind.LONG_TEXT, true),
                        choice("method", Method.class, "method.", true),
                        choice("role", ExperimentRole.class, "role.", true),
                        choices("insightAreas", InsightArea.class, "area.", true),
                        choices("targetGroups", TargetGroup.class, "group.", false)),
                section("plan", field("localArea", Kind.TEXT, false), field("plannedStart", Kind.DATE, false),
                        field("plannedEnd", Kind.DATE, false), field("owner", Kind.TEXT, false)));
    }

    private static List<Section> approval() {
        return List.of(section("approval", field("approvedOn", Kind.DATE, true), field("budgetDkk", Kind.AMOUNT, false)));
    }

    private static List<Section> start() {
        return List.of(section("start", field("startedOn", Kind.DATE, true)));
    }

    private static List<Section> conclusion() {
        return List.of(section("conclusion", field("concludedOn", Kind.DATE, true),
                field("summary", Kind.LONG_TEXT, true),
                new Field("hypothesisOutcome", Kind.CHOICE, "field.hypothesisOutcome", null, "form.hint.hypothesisOutcome",
                        false, options(HypothesisOutcome.class, "outcome.")),
                field("hypothesisReason", Kind.LONG_TEXT, false)));
    }

    private static List<Section> cancellation() {
        return List.of(section("cancellation", field("cancelledOn", Kind.DATE, true), field("reason", Kind.LONG_TEXT, true)));
    }

    private static List<Section> activity() {
        List<Field> groups = new ArrayList<>();
        for (TargetGroup group : TargetGroup.values()) {
            groups.add(new Field("participants.byGroup." + group.name(), Kind.WHOLE, "group." + group.name(), null, null,
                    false, List.of()));
        }
        List<Field> participants = new ArrayList<>();
        participants.add(field("participants.total", Kind.WHOLE, true));
        participants.addAll(groups);
        participants.add(field("participants.businesses", Kind.WHOLE, false));
        participants.add(field("participants.organisations", Kind.WHOLE, false));
        List<Field> costs = new ArrayList<>();
        for (int row = 0; row < COST_ROWS; row++) {
            costs.add(new Field("costs[" + row + "].category", Kind.CHOICE, "field.costs.category",
                    Integer.toString(row + 1), null, false, options(CostCategory.class, "cost.")));
            costs.add(new Field("costs[" + row + "].amountDkk", Kind.AMOUNT, "field.costs.amountDkk",
                    Integer.toString(row + 1), null, false, List.of()));
        }
        return List.of(
                section("activity", field("title", Kind.TEXT, true), choice("kind", ActivityKind.class, "activityKind.", true),
                        field("occurredOn", Kind.DATE, true), choice("channel", Channel.class, "channel.", true),
                        field("startsAt", Kind.TIME, false), field("durationMinutes", Kind.WHOLE, false),
                        field("localArea", Kind.TEXT, false)),
                new Section("participants.byGroup", "form.section.participants", "form.hint.participants", participants),
                section("staff", field("councilMembersPresent", Kind.WHOLE, false),
                        field("staffPresent", Kind.WHOLE, false), field("departments", Kind.LINES, false)),
                new Section("costs", "form.section.costs", "form.hint.costs", costs),
                new Section("feedback", "form.section.feedback", "form.hint.feedback",
                        List.of(field("feedback.respondents", Kind.WHOLE, false),
                                field("feedback.foundMeaningful", Kind.WHOLE, false))));
    }

    private static List<Section> learning(Target target) {
        List<Option> activities = target.experiment().activities().stream()
                .sorted(Comparator.comparing(ExperimentDetail.Activity::occurredOn))
                .map(a -> new Option(a.activityId(), null, a.occurredOn() + " · " + a.title())).toList();
        List<Option> assessments = IntStream.rangeClosed(-2, 2).map(i -> -i)
                .mapToObj(i -> new Option(Integer.toString(i), "form.assessment." + i, null)).toList();
        return List.of(section("learning", choice("criterion", Criterion.class, "criterion.", true),
                field("insight", Kind.LONG_TEXT, true), field("evidence", Kind.LONG_TEXT, false),
                choices("knowledgeKinds", KnowledgeKind.class, "kind.", false),
                new Field("assessment", Kind.CHOICE, "field.assessment", null, "form.hint.assessment", true, assessments),
                new Field("activityId", Kind.CHOICE, "field.activityId", null, "form.hint.activityId", false, activities),
                field("recordedOn", Kind.DATE, true)));
    }

    private static List<Section> initiative() {
        return List.of(section("initiative", field("title", Kind.TEXT, true),
                choice("initiator", Initiator.class, "initiator.", true),
                choices("supportKinds", SupportKind.class, "supportKind.", true),
                field("supportHours", Kind.AMOUNT, false), field("fundingDkk", Kind.AMOUNT, false),
                choice("status", InitiativeStatus.class, "initiative.", true), field("recordedOn", Kind.DATE, true)));
    }

    private static List<Section> councilInvolvement(Target target) {
        List<Option> experiments = target.programme().experiments().stream()
                .sorted(Comparator.comparing(ExperimentRow::title))
                .map(row -> new Option(row.id(), null, row.title())).toList();
        return List.of(section("council", field("occurredOn", Kind.DATE, true),
                choice("form", InvolvementForm.class, "councilForm.", true), field("topic", Kind.TEXT, true),
                new Field("experimentIds", Kind.CHOICES, "field.experimentIds", null, null, false, experiments),
                field("localAreaDialogueProposal", Kind.FLAG, false)));
    }

    private static List<Section> externalExperience(Target target) {
        List<Option> experiments = target.programme().experiments().stream()
                .sorted(Comparator.comparing(ExperimentRow::title))
                .map(row -> new Option(row.id(), null, row.title())).toList();
        return List.of(section("external", field("title", Kind.TEXT, true), field("place", Kind.TEXT, true),
                field("country", Kind.TEXT, true), field("method", Kind.TEXT, false),
                field("link", Kind.TEXT, false), field("learned", Kind.LONG_TEXT, true),
                new Field("experimentIds", Kind.CHOICES, "field.relatedExperimentIds", null, null, false, experiments),
                field("recordedOn", Kind.DATE, true)));
    }

    private static List<Section> recommendation(Target target) {
        Map<String, String> titles = new LinkedHashMap<>();
        target.programme().experiments().forEach(row -> titles.put(row.id(), row.title()));
        List<Option> learnings = target.programme().learnings().stream()
                .sorted(Comparator.comparing((LearningRow row) -> titles.getOrDefault(row.experimentId(), ""))
                        .thenComparing(LearningRow::recordedOn))
                .map(row -> new Option(row.id(), null, titles.getOrDefault(row.experimentId(), "") + ": "
                        + shortened(row.insight()))).toList();
        return List.of(section("recommendation", field("title", Kind.TEXT, true), field("text", Kind.LONG_TEXT, true),
                new Field("basedOnLearnings", Kind.CHOICES, "field.basedOnLearnings", null,
                        "form.hint.basedOnLearnings", true, learnings)),
                section("substance", field("rationale", Kind.LONG_TEXT, false),
                        new Field("economicConsequenceDkk", Kind.AMOUNT, "field.economicConsequenceDkk", null,
                                "form.hint.economicConsequenceDkk", false, List.of()),
                        field("owner", Kind.TEXT, false), field("implementBy", Kind.DATE, false)));
    }

    private static List<Section> adoption() {
        return List.of(section("adoption", field("adoptedOn", Kind.DATE, true),
                choice("adoptedBy", AdoptingBody.class, "adoptingBody.", true)));
    }

    private static List<Section> reasonOnly() {
        return List.of(section("withdrawal", new Field(REASON, Kind.LONG_TEXT, "field.reason", null,
                "form.hint.withdrawalReason", true, List.of())));
    }

    private static List<Section> withReason(List<Section> sections) {
        List<Section> all = new ArrayList<>(sections);
        all.add(section("correction", new Field(REASON, Kind.LONG_TEXT, "field.correctionReason", null,
                "form.hint.correctionReason", true, List.of())));
        return all;
    }

    // The commands the forms send

    private static RegisterExperiment register(String id, FormInput in) {
        return new RegisterExperiment(id, in.text("title"), in.text("hypothesis"), in.choice("method", Method.class),
                in.choice("role", ExperimentRole.class), in.choices("insightAreas", InsightArea.class),
                in.choices("targetGroups", TargetGroup.class), in.text("localArea"), in.date("plannedStart"),
                in.date("plannedEnd"), in.text("owner"));
    }

    private static ApproveExperiment approve(Target t, FormInput in) {
        return new ApproveExperiment(t.experiment().id(), t.version(), in.date("approvedOn"), in.amount("budgetDkk"));
    }

    private static StartExperiment start(Target t, FormInput in) {
        return new StartExperiment(t.experiment().id(), t.version(), in.date("startedOn"));
    }

    private static ConcludeExperiment conclude(Target t, FormInput in) {
        return new ConcludeExperiment(t.experiment().id(), t.version(), in.date("concludedOn"), in.text("summary"),
                in.choice("hypothesisOutcome", HypothesisOutcome.class), in.text("hypothesisReason"));
    }

    private static CancelExperiment cancel(Target t, FormInput in) {
        return new CancelExperiment(t.experiment().id(), t.version(), in.date("cancelledOn"), in.text("reason"));
    }

    private static LogActivity logActivity(Target t, String activityId, FormInput in) {
        Map<TargetGroup, Integer> byGroup = new LinkedHashMap<>();
        for (TargetGroup group : TargetGroup.values()) {
            Integer count = in.whole("participants.byGroup." + group.name());
            if (count != null) {
                byGroup.put(group, count);
            }
        }
        Participants participants = new Participants(in.whole("participants.total"), byGroup,
                in.whole("participants.businesses"), in.whole("participants.organisations"));
        List<Cost> costs = in.filledRows("costs", COST_ROWS, "category", "amountDkk").stream()
                .map(row -> new Cost(in.choice("costs[" + row + "].category", CostCategory.class),
                        in.amount("costs[" + row + "].amountDkk"))).toList();
        Integer respondents = in.whole("feedback.respondents");
        Integer meaningful = in.whole("feedback.foundMeaningful");
        Feedback feedback = respondents == null && meaningful == null ? null : new Feedback(respondents, meaningful);
        return new LogActivity(t.experiment().id(), t.version(), activityId, in.text("title"),
                in.choice("kind", ActivityKind.class), in.date("occurredOn"), in.choice("channel", Channel.class),
                in.time("startsAt"), in.whole("durationMinutes"), in.text("localArea"), participants,
                in.whole("councilMembersPresent"), in.whole("staffPresent"), in.lines("departments"), costs, feedback);
    }

    private static RecordLearning recordLearning(Target t, String learningId, FormInput in) {
        return new RecordLearning(t.experiment().id(), t.version(), learningId, in.choice("criterion", Criterion.class),
                in.text("insight"), in.text("evidence"), in.choices("knowledgeKinds", KnowledgeKind.class),
                in.whole("assessment"), in.text("activityId"), in.date("recordedOn"));
    }

    private static RecordInitiative recordInitiative(Target t, String initiativeId, FormInput in) {
        return new RecordInitiative(t.experiment().id(), t.version(), initiativeId, in.text("title"),
                in.choice("initiator", Initiator.class), in.choices("supportKinds", SupportKind.class),
                in.amount("supportHours"), in.amount("fundingDkk"), in.choice("status", InitiativeStatus.class),
                in.date("recordedOn"));
    }

    private static RecordCouncilInvolvement involvement(String id, FormInput in) {
        return new RecordCouncilInvolvement(id, in.date("occurredOn"), in.choice("form", InvolvementForm.class),
                in.text("topic"), in.values("experimentIds"), in.checked("localAreaDialogueProposal"));
    }

    private static RecordExternalExperience experience(String id, FormInput in) {
        return new RecordExternalExperience(id, in.text("title"), in.text("place"), in.text("country"),
                in.text("method"), in.text("link"), in.text("learned"), in.values("experimentIds"), in.date("recordedOn"));
    }

    private static RecordRecommendation recommend(String id, FormInput in) {
        return new RecordRecommendation(id, in.text("title"), in.text("text"), in.values("basedOnLearnings"),
                in.text("rationale"), in.amount("economicConsequenceDkk"), in.text("owner"), in.date("implementBy"));
    }

    // A correction starts from the entry as recorded

    private static Map<String, List<String>> recordedRegistration(Target t) {
        ExperimentDetail e = t.experiment();
        Map<String, List<String>> values = values("title", e.title(), "hypothesis", e.hypothesis(), "method", e.method(),
                "role", e.role(), "localArea", e.localArea(), "plannedStart", e.plannedStart(), "plannedEnd",
                e.plannedEnd(), "owner", e.owner());
        values.put("insightAreas", e.insightAreas().stream().map(Enum::name).toList());
        values.put("targetGroups", e.targetGroups().stream().map(Enum::name).toList());
        return values;
    }

    private static Map<String, List<String>> recordedActivity(ExperimentDetail.Activity a) {
        Map<String, List<String>> values = values("title", a.title(), "kind", a.kind(), "occurredOn", a.occurredOn(),
                "channel", a.channel(), "startsAt", a.startsAt(), "durationMinutes", a.durationMinutes(), "localArea",
                a.localArea(), "participants.total", a.participants().total(), "participants.businesses",
                a.participants().businesses(), "participants.organisations", a.participants().organisations(),
                "councilMembersPresent", a.councilMembersPresent(), "staffPresent", a.staffPresent());
        a.participants().byGroup().forEach((group, count) -> put(values, "participants.byGroup." + group.name(), count));
        values.put("departments", List.of(String.join("\n", a.departments())));
        for (int row = 0; row < a.costs().size() && row < COST_ROWS; row++) {
            put(values, "costs[" + row + "].category", a.costs().get(row).category());
            put(values, "costs[" + row + "].amountDkk", a.costs().get(row).amountDkk());
        }
        if (a.feedback() != null) {
            put(values, "feedback.respondents", a.feedback().respondents());
            put(values, "feedback.foundMeaningful", a.feedback().foundMeaningful());
        }
        return values;
    }

    private static Map<String, List<String>> recordedLearning(ExperimentDetail.Learning l) {
        Map<String, List<String>> values = values("criterion", l.criterion(), "insight", l.insight(), "evidence",
                l.evidence(), "assessment", l.assessment(), "activityId", l.activityId(), "recordedOn", l.recordedOn());
        values.put("knowledgeKinds", l.knowledgeKinds().stream().map(Enum::name).toList());
        return values;
    }

    private static Map<String, List<String>> recordedInitiative(ExperimentDetail.Initiative i) {
        Map<String, List<String>> values = values("title", i.title(), "initiator", i.initiator(), "supportHours",
                i.supportHours(), "fundingDkk", i.fundingDkk(), "status", i.status(), "recordedOn", i.recordedOn());
        values.put("supportKinds", i.supportKinds().stream().map(Enum::name).toList());
        return values;
    }

    private static Map<String, List<String>> recordedInvolvement(Target t) {
        CouncilInvolvementDetail c = t.involvement();
        Map<String, List<String>> values = values("occurredOn", c.occurredOn(), "form", c.form(), "topic", c.topic());
        values.put("experimentIds", List.copyOf(c.experimentIds()));
        if (c.localAreaDialogueProposal()) {
            values.put("localAreaDialogueProposal", List.of("true"));
        }
        return values;
    }

    private static Map<String, List<String>> recordedExperience(Target t) {
        ExternalExperienceDetail x = t.experience();
        Map<String, List<String>> values = values("title", x.title(), "place", x.place(), "country", x.country(),
                "method", x.method(), "link", x.link(), "learned", x.learned(), "recordedOn", x.recordedOn());
        values.put("experimentIds", List.copyOf(x.experimentIds()));
        return values;
    }

    private static Map<String, List<String>> recordedRecommendation(Target t) {
        RecommendationDetail r = t.recommendation();
        Map<String, List<String>> values = values("title", r.title(), "text", r.text(), "rationale", r.rationale(),
                "economicConsequenceDkk", r.economicConsequenceDkk(), "owner", r.owner(), "implementBy", r.implementBy());
        values.put("basedOnLearnings", r.basedOnLearnings().stream().map(LearningReference::learningId).toList());
        return values;
    }

    // Small helpers

    private static String experimentPage(Target t, Object command) {
        return "/experiments/" + t.experiment().id();
    }

    private static String recommendationPage(Target t, Object command) {
        return "/recommendations#r-" + t.recommendation().id();
    }

    private static Section section(String name, Field... fields) {
        return new Section(name, "form.section." + name, null, List.of(fields));
    }

    private static Field field(String name, Kind kind, boolean required) {
        return new Field(name, kind, "field." + name, null, null, required, List.of());
    }

    private static <E extends Enum<E>> Field choice(String name, Class<E> type, String labels, boolean required) {
        return new Field(name, Kind.CHOICE, "field." + name, null, null, required, options(type, labels));
    }

    private static <E extends Enum<E>> Field choices(String name, Class<E> type, String labels, boolean required) {
        return new Field(name, Kind.CHOICES, "field." + name, null, null, required, options(type, labels));
    }

    private static <E extends Enum<E>> List<Option> options(Class<E> type, String labels) {
        return Arrays.stream(type.getEnumConstants()).map(value -> new Option(value.name(), labels + value.name(), null))
                .toList();
    }

    /** Field values from name, value pairs: dates as ISO dates, amounts as plain numbers, enums by name. */
    private static Map<String, List<String>> values(Object... pairs) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            put(values, (String) pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private static void put(Map<String, List<String>> values, String name, Object value) {
        if (value == null) {
            return;
        }
        String text = value instanceof Enum<?> e ? e.name() : value instanceof BigDecimal amount
                ? amount.stripTrailingZeros().toPlainString() : value instanceof LocalTime time
                ? time.toString() : value instanceof LocalDate date ? date.toString() : String.valueOf(value);
        values.put(name, List.of(text));
    }

    private static String shortened(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
