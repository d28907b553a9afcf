package dk.holbaek.experiments.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;

import dk.holbaek.experiments.query.experiment.ExperimentDetail;
import dk.holbaek.experiments.query.experiment.ExperimentReader;
import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;
import dk.holbaek.experiments.query.programme.ProgrammeSource;

/**
 * Replays the event log up to the end of a day and builds the experience report from it. Always from the events,
 * never from the live read model, so that the same log and date give the same report. Without a date the report is
 * as of the day of the last recorded event.
 */
@Component
public class ReportSource {

    private final ProgrammeSource source;
    private final ExperimentReader experiments;

    ReportSource(ProgrammeSource source, ExperimentReader experiments) {
        this.source = source;
        this.experiments = experiments;
    }

    public ExperienceReport report(LocalDate asOf, LongConsumer progress) {
        Instant before = asOf == null ? Instant.MAX : ProgrammeCalendar.endOf(asOf);
        ProgrammeSource.Replay replay = source.recordedBefore(before, progress);
        LocalDate date = asOf != null ? asOf
                : replay.lastRecordedAt() == null ? LocalDate.of(ProgrammeCalendar.FIRST_YEAR, 1, 1)
                : replay.lastRecordedAt().atZone(ProgrammeCalendar.ZONE).toLocalDate();
        Map<String, ExperimentDetail> details = new LinkedHashMap<>();
        for (ExperimentRow experiment : replay.programme().experiments()) {
            experiments.detailRecordedBefore(experiment.id(), before).ifPresent(detail -> details.put(experiment.id(), detail));
        }
        return ExperienceReports.build(replay.programme(), details, date, replay.events(), replay.corrections(),
                replay.withdrawals());
    }

    public long eventCount() {
        return source.eventCount();
    }
}
