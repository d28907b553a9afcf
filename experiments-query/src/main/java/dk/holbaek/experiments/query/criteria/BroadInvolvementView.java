package dk.holbaek.experiments.query.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.programme.LearningEntry;

/**
 * Criterion 2: many take part, and find the dialogue meaningful. {@code meaningfulShare} is null without
 * respondents. {@code rarelyHeard} covers the groups that seldom come to evening meetings.
 */
public record BroadInvolvementView(long participants, Map<TargetGroup, Long> participantsByGroup, long businesses,
                                   long respondents, long foundMeaningful, BigDecimal meaningfulShare,
                                   Map<TargetGroup, Reach> rarelyHeard, Map<String, Long> participantsByLocalArea,
                                   long participantsWithoutLocalArea, List<String> localAreasNotReached,
                                   List<LearningEntry> learnings, List<Row> experiments) {

    /** The same view with these of its experiment rows (a page of them). */
    public BroadInvolvementView withExperiments(List<Row> rows) {
        return new BroadInvolvementView(participants, participantsByGroup, businesses, respondents, foundMeaningful,
                meaningfulShare, rarelyHeard, participantsByLocalArea, participantsWithoutLocalArea, localAreasNotReached,
                learnings, rows);
    }

    /**
     * How many of a group took part, how many of them at activities that did not start in the evening (before
     * 17:00, or digital without a start time), and how many at activities whose start time was not noted.
     */
    public record Reach(long participants, long notInTheEvening, long startTimeNotNoted) {
    }

    public record Row(String experimentId, String title, long participants, long respondents, long foundMeaningful,
                      BigDecimal meaningfulShare, long learnings) {
    }
}
