package dk.holbaek.experiments.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;

import dk.holbaek.experiments.query.experiment.ExperimentDetail;
import dk.holbaek.experiments.query.experiment.ExperimentReader;
import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.LocalAreas;
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
    private final LocalAreas localAreas;

    ReportSource(ProgrammeSource source, ExperimentReader experiments, LocalAreas localAreas) {
        this.source = source;
        this.experiments = experiments;
        this.localAreas = localAreas;
    }

    /** As of the end of {@code asOf}; without a date, as of the day of the last recorded event. */
    public ExperienceReport report(LocalDate asOf, LongConsumer progress) {
        return report(asOf == null ? Instant.MAX : ProgrammeCalendar.endOf(asOf), asOf, null, progress);
    }

    /** As of an instant: the events recorded up to and including it. */
    public ExperienceReport reportAt(Instant asOf, LongConsumer progress) {
        return report(asOf.plusNanos(1), asOf.atZone(ProgrammeCalendar.ZONE).toLocalDate(), asOf, progress);
    }

    private ExperienceReport report(Instant before, LocalDate asOf, Instant instant, LongConsumer progress) {
        ProgrammeSource.Replay replay = source.recordedBefore(before, progress);
        LocalDate date = asOf != null ? asOf
                : replay.lastRecordedAt() == null ? LocalDate.of(ProgrammeCalendar.FIRST_YEAR, 1, 1)
                : replay.lastRecordedAt().atZone(ProgrammeCalendar.ZONE).toLocalDate();
        Map<String, ExperimentDetail> details = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(replay.programme().experiments().stream().map(ExperimentRow::id).toList());
        ids.addAll(replay.withdrawnExperiments());
        for (String id : ids) {
            experiments.detailRecordedBefore(id, before).ifPresent(detail -> details.put(id, detail));
        }
        return ExperienceReports.build(replay.programme(), details, new ExperienceReports.Basis(date, instant,
                replay.events(), replay.corrections(), replay.withdrawals(), localAreas.names()));
    }

    public long eventCount() {
        return source.eventCount();
    }
}
