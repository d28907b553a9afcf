package dk.holbaek.experiments.query.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.experiment.ExperimentDetail;
import dk.holbaek.experiments.query.programme.ActivityRow;
import dk.holbaek.experiments.query.programme.CouncilInvolvementRow;
import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.InitiativeRow;
import dk.holbaek.experiments.query.programme.LearningRow;
import dk.holbaek.experiments.query.programme.Measures;
import dk.holbaek.experiments.query.programme.Programme;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;
import dk.holbaek.experiments.query.progress.ProgressView;
import dk.holbaek.experiments.query.progress.ProgressViews;
import dk.holbaek.experiments.query.report.ExperienceReport.AreaChapter;
import dk.holbaek.experiments.query.report.ExperienceReport.Council;
import dk.holbaek.experiments.query.report.ExperienceReport.CriterionChapter;
import dk.holbaek.experiments.query.report.ExperienceReport.ExperimentAppendix;
import dk.holbaek.experiments.query.report.ExperienceReport.ExperimentFigure;
import dk.holbaek.experiments.query.report.ExperienceReport.Gap;
import dk.holbaek.experiments.query.report.ExperienceReport.LearningItem;
import dk.holbaek.experiments.query.report.ExperienceReport.MandateRule;
import dk.holbaek.experiments.query.report.ExperienceReport.NamedFigure;
import dk.holbaek.experiments.query.report.ExperienceReport.Reach;
import dk.holbaek.experiments.query.report.ExperienceReport.RecommendationEntry;
import dk.holbaek.experiments.query.report.ExperienceReport.Summary;
import dk.holbaek.experiments.query.programme.Measures.TimeOfDay;

/**
 * Builds the experience report from the programme's rows: the same rows and the same definitions as the views
 * ({@code docs/views.md}), each figure with the events it counts. Plain Java; the same input gives the same report.
 */
public final class ExperienceReports {

    private static final int LEADING = 3;

    private final Programme programme;
    private final Map<String, ExperimentDetail> details;
    private final Map<String, String> titles;

    private ExperienceReports(Programme programme, Map<String, ExperimentDetail> details) {
        this.programme = programme;
        this.details = details;
        this.titles = programme.experiments().stream().collect(Collectors.toMap(ExperimentRow::id, ExperimentRow::title));
    }

    /** {@code corrections} and {@code withdrawals}: the events among those folded that corrected or withdrew an entry. */
    public static ExperienceReport build(Programme programme, Map<String, ExperimentDetail> details, LocalDate asOf,
                                         long eventCount, List<String> corrections, List<String> withdrawals) {
        return new ExperienceReports(programme, details).report(asOf, eventCount,
                Figure.of((long) corrections.size(), corrections), Figure.of((long) withdrawals.size(), withdrawals));
    }

    private ExperienceReport report(LocalDate asOf, long eventCount, Figure<Long> corrections,
                                    Figure<Long> withdrawals) {
        return new ExperienceReport(asOf, eventCount, summary(), criteria(), areas(), reach(), council(asOf),
                recommendations(), appendix(), corrections, withdrawals);
    }

    private Summary summary() {
        Map<ExperimentStatus, Figure<Long>> byStatus = new EnumMap<>(ExperimentStatus.class);
        for (ExperimentStatus status : ExperimentStatus.values()) {
            byStatus.put(status, experimentsFigure(experimentsWhere(row -> row.status() == status)));
        }
        return new Summary(experimentsFigure(programme.experiments()), byStatus,
                experiments().stream().map(ExperimentRow::method).distinct().sorted().toList(),
                count(programme.activities(), ActivityRow::eventId),
                sum(programme.activities(), ActivityRow::participants, ActivityRow::eventId),
                costs(programme.activities()), count(programme.learnings(), LearningRow::eventId),
                Figure.of((long) programme.recommendations().size(),
                        programme.recommendations().stream().flatMap(row -> row.eventIds().stream())));
    }

    private List<CriterionChapter> criteria() {
        List<ActivityRow> activities = programme.activities();
        List<CriterionChapter> chapters = new ArrayList<>();

        List<ActivityRow> withCouncil = filter(activities, activity -> activity.councilMembersPresent() > 0);
        List<LearningRow> political = learningsOf(Criterion.POLITICAL_LEADERSHIP);
        List<NamedFigure> politicalFigures = new ArrayList<>(List.of(
                new NamedFigure("activitiesWithCouncilMembers", count(withCouncil, ActivityRow::eventId)),
                new NamedFigure("councilMemberAttendances",
                        sum(withCouncil, ActivityRow::councilMembersPresent, ActivityRow::eventId)),
                new NamedFigure("learnings", count(political, LearningRow::eventId))));
        for (KnowledgeKind kind : KnowledgeKind.values()) {
            politicalFigures.add(new NamedFigure("insights." + kind,
                    count(filter(political, learning -> learning.knowledgeKinds().contains(kind)), LearningRow::eventId)));
        }
        chapters.add(new CriterionChapter(Criterion.POLITICAL_LEADERSHIP, politicalFigures, "councilMemberAttendances",
                leading(ActivityRow::councilMembersPresent), items(political),
                List.of(new Gap("activitiesWithoutCouncilMembers",
                        count(filter(activities, activity -> activity.councilMembersPresent() == 0), ActivityRow::eventId)))));

        List<ActivityRow> withFeedback = filter(activities, activity -> activity.respondents() != null);
        List<LearningRow> broad = learningsOf(Criterion.BROAD_INVOLVEMENT);
        long respondents = withFeedback.stream().mapToLong(ActivityRow::respondents).sum();
        long meaningful = withFeedback.stream().mapToLong(ActivityRow::foundMeaningful).sum();
        chapters.add(new CriterionChapter(Criterion.BROAD_INVOLVEMENT, List.of(
                new NamedFigure("participants", sum(activities, ActivityRow::participants, ActivityRow::eventId)),
                new NamedFigure("businesses", sum(activities, ActivityRow::businesses, ActivityRow::eventId)),
                new NamedFigure("respondents", Figure.of(respondents, ids(withFeedback, ActivityRow::eventId))),
                new NamedFigure("foundMeaningful", Figure.of(meaningful, ids(withFeedback, ActivityRow::eventId))),
                new NamedFigure("meaningfulShare", Figure.of(Measures.share(meaningful, respondents),
                        ids(withFeedback, ActivityRow::eventId))),
                new NamedFigure("learnings", count(broad, LearningRow::eventId))),
                "participants", leading(ActivityRow::participants), items(broad),
                List.of(new Gap("activitiesWithoutFeedback",
                        count(filter(activities, activity -> activity.respondents() == null), ActivityRow::eventId)))));

        List<LearningRow> administration = learningsOf(Criterion.ADMINISTRATION_COLLABORATION);
        List<ActivityRow> withDepartments = filter(activities, activity -> !activity.departments().isEmpty());
        chapters.add(new CriterionChapter(Criterion.ADMINISTRATION_COLLABORATION, List.of(
                new NamedFigure("staffAttendances", sum(activities, ActivityRow::staffPresent, ActivityRow::eventId)),
                new NamedFigure("departments", Figure.of((long) withDepartments.stream()
                        .flatMap(activity -> activity.departments().stream()).distinct().count(),
                        ids(withDepartments, ActivityRow::eventId))),
                new NamedFigure("learnings", count(administration, LearningRow::eventId))),
                "staffAttendances", leading(ActivityRow::staffPresent), items(administration),
                List.of(new Gap("activitiesWithoutStaff",
                        count(filter(activities, activity -> activity.staffPresent() == 0), ActivityRow::eventId)))));

        List<LearningRow> partner = learningsOf(Criterion.MUNICIPALITY_AS_PARTNER);
        List<InitiativeRow> initiatives = programme.initiatives();
        chapters.add(new CriterionChapter(Criterion.MUNICIPALITY_AS_PARTNER, List.of(
                new NamedFigure("initiatives", count(initiatives, InitiativeRow::eventId)),
                new NamedFigure("realised", count(filter(initiatives,
                        initiative -> initiative.status().name().equals("REALISED")), InitiativeRow::eventId)),
                new NamedFigure("supportHours", amount(filter(initiatives, i -> i.supportHours() != null),
                        InitiativeRow::supportHours, InitiativeRow::eventId)),
                new NamedFigure("fundingDkk", amount(filter(initiatives, i -> i.fundingDkk() != null),
                        InitiativeRow::fundingDkk, InitiativeRow::eventId)),
                new NamedFigure("learnings", count(partner, LearningRow::eventId))),
                "initiatives", leadingByInitiatives(), items(partner),
                List.of(new Gap("initiativesWithoutHours",
                        count(filter(initiatives, initiative -> initiative.supportHours() == null), InitiativeRow::eventId)))));
        return chapters;
    }

    private List<AreaChapter> areas() {
        List<AreaChapter> chapters = new ArrayList<>();
        for (InsightArea area : InsightArea.values()) {
            List<ExperimentRow> experiments = experimentsWhere(row -> row.insightAreas().contains(area));
            Set<String> ids = experiments.stream().map(ExperimentRow::id).collect(Collectors.toSet());
            List<ActivityRow> activities = filter(programme.activities(), activity -> ids.contains(activity.experimentId()));
            chapters.add(new AreaChapter(area, experiments.stream()
                    .map(row -> new ExperimentFigure(row.id(), row.title(), Figure.of(row.status(), row.eventIds())))
                    .toList(),
                    count(activities, ActivityRow::eventId), sum(activities, ActivityRow::participants, ActivityRow::eventId),
                    items(filter(programme.learnings(), learning -> ids.contains(learning.experimentId())))));
        }
        return chapters;
    }

    private Reach reach() {
        List<ActivityRow> activities = programme.activities();
        Map<TargetGroup, Figure<Long>> byGroup = new EnumMap<>(TargetGroup.class);
        for (TargetGroup group : TargetGroup.values()) {
            List<ActivityRow> with = filter(activities, activity -> activity.participantsByGroup().containsKey(group));
            byGroup.put(group, sum(with, activity -> activity.participantsByGroup().get(group), ActivityRow::eventId));
        }
        Map<Channel, Figure<Long>> byChannel = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            byChannel.put(channel, sum(filter(activities, activity -> activity.channel() == channel),
                    ActivityRow::participants, ActivityRow::eventId));
        }
        Map<TimeOfDay, Figure<Long>> byTime = new EnumMap<>(TimeOfDay.class);
        for (TimeOfDay time : TimeOfDay.values()) {
            byTime.put(time, sum(filter(activities, activity -> timeOfDay(activity) == time), ActivityRow::participants,
                    ActivityRow::eventId));
        }
        return new Reach(sum(activities, ActivityRow::participants, ActivityRow::eventId), byGroup, Measures.RARELY_HEARD,
                byChannel, byTime);
    }

    private Council council(LocalDate asOf) {
        ProgressView progress = ProgressViews.of(programme, asOf);
        Map<String, Figure<Long>> byYear = new TreeMap<>();
        progress.councilInvolvementsByYear().forEach((year, count) -> byYear.put(year, Figure.of(count,
                programme.councilInvolvements().stream()
                        .filter(involvement -> String.valueOf(involvement.occurredOn().getYear()).equals(year))
                        .map(CouncilInvolvementRow::eventId))));
        List<String> councilIds = ids(programme.councilInvolvements(), CouncilInvolvementRow::eventId);
        List<MandateRule> rules = progress.mandateRules().stream()
                .map(rule -> new MandateRule(rule.rule(), Figure.of(rule.met(), ruleSources(rule)), rule.metOn()))
                .toList();
        return new Council(byYear, Figure.of(progress.councilRuleMet(), councilIds), rules);
    }

    private List<String> ruleSources(ProgressView.MandateRule rule) {
        return switch (rule.rule()) {
            case "DIALOGUE_FIRST_HALF_2014" -> programme.activities().stream()
                    .filter(activity -> rule.metOn() != null && activity.occurredOn().equals(rule.metOn())
                            && activity.participants() > 0)
                    .map(ActivityRow::eventId).sorted().toList();
            case "LOCAL_AREA_DIALOGUE_PROPOSAL_BEFORE_SUMMER_2014" -> programme.councilInvolvements().stream()
                    .filter(CouncilInvolvementRow::localAreaDialogueProposal)
                    .filter(involvement -> involvement.occurredOn().isBefore(ProgrammeCalendar.SUMMER_HOLIDAY_2014_BEGINS))
                    .map(CouncilInvolvementRow::eventId).sorted().toList();
            default -> ids(programme.councilInvolvements(), CouncilInvolvementRow::eventId);
        };
    }

    private List<RecommendationEntry> recommendations() {
        Map<String, LearningRow> learnings = programme.learnings().stream()
                .collect(Collectors.toMap(LearningRow::id, Function.identity()));
        return programme.recommendations().stream()
                .sorted(Comparator.comparing(row -> row.title()))
                .map(row -> {
                    List<LearningItem> cited = row.basedOnLearnings().stream()
                            .map(reference -> learnings.get(reference.learningId()))
                            .filter(learning -> learning != null)
                            .map(this::item).toList();
                    List<ExperimentFigure> experiments = row.basedOnLearnings().stream()
                            .map(reference -> reference.experimentId()).distinct().sorted()
                            .flatMap(id -> programme.experiment(id).stream())
                            .map(experiment -> new ExperimentFigure(experiment.id(), experiment.title(),
                                    Figure.of(experiment.status(), experiment.eventIds())))
                            .toList();
                    return new RecommendationEntry(row.id(), row.title(), row.text(), cited, experiments, row.adoptions(),
                            row.eventIds().stream().sorted().toList());
                })
                .toList();
    }

    private List<ExperimentAppendix> appendix() {
        Map<String, List<ActivityRow>> activities = programme.activitiesByExperiment();
        return experiments().stream().map(row -> {
            ExperimentDetail detail = details.get(row.id());
            List<ActivityRow> own = activities.getOrDefault(row.id(), List.of());
            return new ExperimentAppendix(row.id(), row.title(), detail.hypothesis(), detail.method(), detail.role(),
                    row.status(), detail.insightAreas(), detail.localArea(), detail.approvedOn(),
                    detail.budgetDkk() == null ? null : Figure.of(detail.budgetDkk(), row.eventIds()),
                    detail.startedOn(), detail.concludedOn(), detail.cancelledOn(),
                    detail.summary() != null ? detail.summary() : detail.cancellationReason(),
                    detail.hypothesisOutcome(), detail.hypothesisReason(),
                    count(own, ActivityRow::eventId), sum(own, ActivityRow::participants, ActivityRow::eventId),
                    costs(own), items(filter(programme.learnings(), learning -> learning.experimentId().equals(row.id()))));
        }).toList();
    }

    private List<ExperimentFigure> leading(ToLongFunction<ActivityRow> figure) {
        Map<String, List<ActivityRow>> activities = programme.activitiesByExperiment();
        return experiments().stream()
                .map(row -> {
                    List<ActivityRow> own = filter(activities.getOrDefault(row.id(), List.of()),
                            activity -> figure.applyAsLong(activity) > 0);
                    return new ExperimentFigure(row.id(), row.title(), sum(own, figure, ActivityRow::eventId));
                })
                .filter(entry -> (Long) entry.figure().value() > 0)
                .sorted(Comparator.comparing((ExperimentFigure entry) -> (Long) entry.figure().value()).reversed()
                        .thenComparing(ExperimentFigure::title))
                .limit(LEADING).toList();
    }

    private List<ExperimentFigure> leadingByInitiatives() {
        return experiments().stream()
                .map(row -> new ExperimentFigure(row.id(), row.title(), count(filter(programme.initiatives(),
                        initiative -> initiative.experimentId().equals(row.id())), InitiativeRow::eventId)))
                .filter(entry -> (Long) entry.figure().value() > 0)
                .sorted(Comparator.comparing((ExperimentFigure entry) -> (Long) entry.figure().value()).reversed()
                        .thenComparing(ExperimentFigure::title))
                .limit(LEADING).toList();
    }

    private List<LearningItem> items(List<LearningRow> learnings) {
        return learnings.stream()
                .sorted(Comparator.comparing(LearningRow::recordedOn).thenComparing(LearningRow::id))
                .map(this::item).toList();
    }

    private LearningItem item(LearningRow learning) {
        return new LearningItem(learning.id(), learning.experimentId(), titles.get(learning.experimentId()),
                learning.criterion(), learning.insight(), learning.evidence(), learning.assessment(), learning.recordedOn(),
                learning.eventId());
    }

    private List<LearningRow> learningsOf(Criterion criterion) {
        return filter(programme.learnings(), learning -> learning.criterion() == criterion);
    }

    private List<ExperimentRow> experiments() {
        return programme.experiments().stream()
                .sorted(Comparator.comparing(ExperimentRow::title).thenComparing(ExperimentRow::id)).toList();
    }

    private List<ExperimentRow> experimentsWhere(Predicate<ExperimentRow> condition) {
        return filter(experiments(), condition);
    }

    private static Figure<Long> experimentsFigure(List<ExperimentRow> experiments) {
        return Figure.of((long) experiments.size(), experiments.stream().flatMap(row -> row.eventIds().stream()));
    }

    private static TimeOfDay timeOfDay(ActivityRow activity) {
        return Measures.timeOfDay(activity.startsAt());
    }

    private static Figure<BigDecimal> costs(List<ActivityRow> activities) {
        List<ActivityRow> withCosts = filter(activities, activity -> !activity.costsDkk().isEmpty());
        return Figure.of(withCosts.stream().flatMap(activity -> activity.costsDkk().values().stream())
                .reduce(BigDecimal.ZERO, BigDecimal::add), ids(withCosts, ActivityRow::eventId));
    }

    private static <T> Figure<Long> count(List<T> rows, Function<T, String> id) {
        return Figure.of((long) rows.size(), ids(rows, id));
    }

    private static <T> Figure<Long> sum(List<T> rows, ToLongFunction<T> value, Function<T, String> id) {
        List<T> counted = filter(rows, row -> value.applyAsLong(row) != 0);
        return Figure.of(counted.stream().mapToLong(value).sum(), ids(counted, id));
    }

    private static <T> Figure<BigDecimal> amount(List<T> rows, Function<T, BigDecimal> value, Function<T, String> id) {
        return Figure.of(rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add), ids(rows, id));
    }

    private static <T> List<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).distinct().sorted().toList();
    }

    private static <T> List<T> filter(List<T> rows, Predicate<T> condition) {
        return rows.stream().filter(condition).toList();
    }

}
