package dk.holbaek.experiments.query.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;

/**
 * One experiment's figures as running totals: what every view adds up, kept up to date as its activities, learnings
 * and initiatives are recorded, so that a view reads one small document per experiment instead of every row. A new
 * row is added ({@link #add(ActivityRow)} and the like); a corrected or withdrawn one makes the totals counted again
 * from the experiment's rows as they stand ({@link #of}), by the same additions. {@code sequence} is the experiment's
 * last event counted, so an event delivered again is not counted twice.
 *
 * <p>Distinct sets are counted sets (each department with the number of activities that named it, each local area
 * with its activities and participants), and names written by staff are values, never field names. An activity's
 * local area is kept as noted; one without is counted apart and given its experiment's area when a view is computed,
 * so that a corrected experiment moves its activities with it.
 */
@Document("view_experiment_totals")
public final class ExperimentTotals implements Row {

    /** A name staff wrote (a department, a local area), with how many activities named it and their participants. */
    public record Count(String name, long activities, long participants) {
    }

    /** The earliest activity with participants in the first half of 2014: the mandate's first dated rule. */
    public record Dialogue(String activityId, LocalDate occurredOn, String title) {
    }

    /** The earlier of two dialogues: by date, then by the activity's id. */
    public static final Comparator<Dialogue> EARLIEST = Comparator.comparing(Dialogue::occurredOn)
            .thenComparing(Dialogue::activityId);

    @Id
    private final String id;
    private long sequence;
    private long activities;
    private long participants;
    private Map<TargetGroup, Long> participantsByGroup = new EnumMap<>(TargetGroup.class);
    private long businesses;
    private long activitiesWithCouncilMembers;
    private long councilMemberAttendances;
    private long staffAttendances;
    private List<Count> departments = new ArrayList<>();
    private Map<CostCategory, BigDecimal> costsDkk = new EnumMap<>(CostCategory.class);
    private long respondents;
    private long foundMeaningful;
    private Map<TargetGroup, Long> notInTheEvening = new EnumMap<>(TargetGroup.class);
    private Map<TargetGroup, Long> startTimeNotNoted = new EnumMap<>(TargetGroup.class);
    private List<Count> localAreas = new ArrayList<>();
    private long activitiesWithoutLocalArea;
    private long participantsWithoutLocalArea;
    private Map<String, Long> activitiesByYear = new TreeMap<>();
    private Map<String, Long> participantsByYear = new TreeMap<>();
    private Map<String, Long> activitiesByMonth = new TreeMap<>();
    private Map<String, Long> participantsByMonth = new TreeMap<>();
    private Dialogue firstDialogue;
    private long initiatives;
    private Map<InitiativeStatus, Long> initiativesByStatus = new EnumMap<>(InitiativeStatus.class);
    private BigDecimal supportHours = BigDecimal.ZERO;
    private BigDecimal fundingDkk = BigDecimal.ZERO;
    private List<LearningRow> learnings = new ArrayList<>();

    public ExperimentTotals(String id) {
        this.id = id;
    }

    /**
     * The totals of one experiment counted from its rows (each id's latest version counts, nothing withdrawn), at its
     * event {@code sequence}.
     */
    public static ExperimentTotals of(String experimentId, List<ActivityRow> activities, List<LearningRow> learnings,
                                      List<InitiativeRow> initiatives, long sequence) {
        Programme current = new Programme(List.of(), activities, learnings, initiatives, List.of(), List.of(), List.of());
        ExperimentTotals totals = new ExperimentTotals(experimentId);
        current.activities().forEach(totals::add);
        current.learnings().forEach(totals::add);
        current.initiatives().forEach(totals::add);
        totals.sequence = sequence;
        return totals;
    }

    /** The totals of every experiment of a programme's rows, empty ones for experiments without any. */
    public static Map<String, ExperimentTotals> of(Programme programme) {
        Map<String, ExperimentTotals> totals = new LinkedHashMap<>();
        programme.experiments().forEach(experiment -> totals.put(experiment.id(), new ExperimentTotals(experiment.id())));
        programme.activities().forEach(row -> totals.computeIfAbsent(row.experimentId(), ExperimentTotals::new).add(row));
        programme.learnings().forEach(row -> totals.computeIfAbsent(row.experimentId(), ExperimentTotals::new).add(row));
        programme.initiatives().forEach(row -> totals.computeIfAbsent(row.experimentId(), ExperimentTotals::new).add(row));
        return totals;
    }

    /** Counts a new activity (a withdrawn row counts nowhere). */
    public void add(ActivityRow activity) {
        if (activity.withdrawn()) {
            return;
        }
        activities++;
        participants += activity.participants();
        activity.participantsByGroup().forEach((group, count) -> participantsByGroup.merge(group, (long) count, Long::sum));
        businesses += activity.businesses();
        if (activity.councilMembersPresent() > 0) {
            activitiesWithCouncilMembers++;
        }
        councilMemberAttendances += activity.councilMembersPresent();
        staffAttendances += activity.staffPresent();
        activity.departments().stream().distinct().forEach(department -> departments = counted(departments, department, 0));
        activity.costsDkk().forEach((category, amount) -> costsDkk.merge(category, amount, BigDecimal::add));
        respondents += activity.respondents() == null ? 0 : activity.respondents();
        foundMeaningful += activity.foundMeaningful() == null ? 0 : activity.foundMeaningful();
        for (TargetGroup group : Measures.RARELY_HEARD) {
            long count = activity.participantsByGroup().getOrDefault(group, 0);
            if (Measures.notInTheEvening(activity)) {
                notInTheEvening.merge(group, count, Long::sum);
            }
            if (Measures.startTimeNotNoted(activity)) {
                startTimeNotNoted.merge(group, count, Long::sum);
            }
        }
        if (activity.localArea() == null) {
            activitiesWithoutLocalArea++;
            participantsWithoutLocalArea += activity.participants();
        } else {
            localAreas = counted(localAreas, activity.localArea(), activity.participants());
        }
        String year = String.valueOf(activity.occurredOn().getYear());
        String month = YearMonth.from(activity.occurredOn()).toString();
        activitiesByYear.merge(year, 1L, Long::sum);
        participantsByYear.merge(year, (long) activity.participants(), Long::sum);
        activitiesByMonth.merge(month, 1L, Long::sum);
        participantsByMonth.merge(month, (long) activity.participants(), Long::sum);
        if (Measures.dialogueInFirstHalfOf2014(activity)) {
            Dialogue dialogue = new Dialogue(activity.id(), activity.occurredOn(), activity.title());
            firstDialogue = firstDialogue == null || EARLIEST.compare(dialogue, firstDialogue) < 0 ? dialogue : firstDialogue;
        }
    }

    /** Counts a new learning (a withdrawn row counts nowhere). */
    public void add(LearningRow learning) {
        if (!learning.withdrawn()) {
            learnings.add(learning);
        }
    }

    /** Counts a new initiative (a withdrawn row counts nowhere). */
    public void add(InitiativeRow initiative) {
        if (initiative.withdrawn()) {
            return;
        }
        initiatives++;
        if (initiative.status() != null) {
            initiativesByStatus.merge(initiative.status(), 1L, Long::sum);
        }
        supportHours = initiative.supportHours() == null ? supportHours : supportHours.add(initiative.supportHours());
        fundingDkk = initiative.fundingDkk() == null ? fundingDkk : fundingDkk.add(initiative.fundingDkk());
    }

    private static List<Count> counted(List<Count> counts, String name, long participants) {
        List<Count> more = new ArrayList<>(counts.size() + 1);
        boolean found = false;
        for (Count count : counts) {
            if (count.name().equals(name)) {
                more.add(new Count(name, count.activities() + 1, count.participants() + participants));
                found = true;
            } else {
                more.add(count);
            }
        }
        if (!found) {
            more.add(new Count(name, 1, participants));
        }
        return more;
    }

    /** Notes the experiment's event up to which these totals count; an event at or before it is not counted again. */
    void countedUpTo(long eventSequence) {
        sequence = eventSequence;
    }

    @Override
    public String id() {
        return id;
    }

    public long sequence() {
        return sequence;
    }

    public long activities() {
        return activities;
    }

    public long participants() {
        return participants;
    }

    public long participants(TargetGroup group) {
        return participantsByGroup.getOrDefault(group, 0L);
    }

    public long businesses() {
        return businesses;
    }

    public long activitiesWithCouncilMembers() {
        return activitiesWithCouncilMembers;
    }

    public long councilMemberAttendances() {
        return councilMemberAttendances;
    }

    public long staffAttendances() {
        return staffAttendances;
    }

    /** The departments named on its activities, with how many activities named each. */
    public List<Count> departments() {
        return List.copyOf(departments);
    }

    /** Its activities' costs, every category. */
    public BigDecimal costs() {
        return costsDkk.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal costs(CostCategory category) {
        return costsDkk.getOrDefault(category, BigDecimal.ZERO);
    }

    public long respondents() {
        return respondents;
    }

    public long foundMeaningful() {
        return foundMeaningful;
    }

    /** Of a group, those at activities that did not start in the evening ({@link Measures#notInTheEvening}). */
    public long notInTheEvening(TargetGroup group) {
        return notInTheEvening.getOrDefault(group, 0L);
    }

    /** Of a group, those at activities whose start time was not noted ({@link Measures#startTimeNotNoted}). */
    public long startTimeNotNoted(TargetGroup group) {
        return startTimeNotNoted.getOrDefault(group, 0L);
    }

    /** The local areas its activities noted, with their activities and participants. */
    public List<Count> localAreas() {
        return List.copyOf(localAreas);
    }

    public long activitiesWithoutLocalArea() {
        return activitiesWithoutLocalArea;
    }

    public long participantsWithoutLocalArea() {
        return participantsWithoutLocalArea;
    }

    public Map<String, Long> activitiesByYear() {
        return Map.copyOf(activitiesByYear);
    }

    public Map<String, Long> participantsByYear() {
        return Map.copyOf(participantsByYear);
    }

    public Map<String, Long> activitiesByMonth() {
        return Map.copyOf(activitiesByMonth);
    }

    public Map<String, Long> participantsByMonth() {
        return Map.copyOf(participantsByMonth);
    }

    /** Its earliest activity with participants in the first half of 2014, or null. */
    public Dialogue firstDialogue() {
        return firstDialogue;
    }

    public long initiatives() {
        return initiatives;
    }

    public long initiatives(InitiativeStatus status) {
        return initiativesByStatus.getOrDefault(status, 0L);
    }

    public BigDecimal supportHours() {
        return supportHours;
    }

    public BigDecimal fundingDkk() {
        return fundingDkk;
    }

    /** Its learnings, the latest version of each. */
    public List<LearningRow> learnings() {
        return List.copyOf(learnings);
    }

    /** Whether it counts nothing yet. */
    boolean isEmpty() {
        return activities == 0 && initiatives == 0 && learnings.isEmpty();
    }

    /**
     * Every figure, written so that totals kept as events arrived and totals counted afresh compare equal when they
     * count the same (order of names and trailing zeros aside).
     */
    List<Object> figures() {
        return List.of(id, activities, participants, normalised(participantsByGroup), businesses,
                activitiesWithCouncilMembers, councilMemberAttendances, staffAttendances, sortedCounts(departments),
                normalisedAmounts(costsDkk), respondents, foundMeaningful, normalised(notInTheEvening),
                normalised(startTimeNotNoted), sortedCounts(localAreas), activitiesWithoutLocalArea,
                participantsWithoutLocalArea, new TreeMap<>(activitiesByYear), new TreeMap<>(participantsByYear),
                new TreeMap<>(activitiesByMonth), new TreeMap<>(participantsByMonth), String.valueOf(firstDialogue),
                initiatives, normalised(initiativesByStatus), supportHours.stripTrailingZeros(),
                fundingDkk.stripTrailingZeros(), learnings.stream().sorted(Comparator.comparing(LearningRow::id)).toList());
    }

    private static <K> Map<String, Long> normalised(Map<K, Long> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> {
            if (count != 0) {
                sorted.put(String.valueOf(key), count);
            }
        });
        return sorted;
    }

    private static Map<String, BigDecimal> normalisedAmounts(Map<CostCategory, BigDecimal> amounts) {
        Map<String, BigDecimal> sorted = new TreeMap<>();
        amounts.forEach((key, amount) -> sorted.put(key.name(), amount.stripTrailingZeros()));
        return sorted;
    }

    private static List<Count> sortedCounts(List<Count> counts) {
        return counts.stream().sorted(Comparator.comparing(Count::name)).toList();
    }

    @Override
    public String toString() {
        return "ExperimentTotals" + figures();
    }
}
