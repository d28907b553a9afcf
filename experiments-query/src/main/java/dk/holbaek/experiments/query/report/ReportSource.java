package dk.holbaek.experiments.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dk.holbaek.experiments.query.programme.LocalAreas;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;
import dk.holbaek.experiments.query.programme.ProgrammeSource;

/**
 * Builds the experience report from the views' state up to the end of a day: their latest checkpoint before it and the
 * events recorded since that it does not count, folded by the same fold, never from the live figures alone, so that the
 * same log and date give the same report whatever the views have folded. Without a date the report is as of the day of
 * the last recorded event.
 */
@Component
public class ReportSource {

    private static final Logger log = LoggerFactory.getLogger(ReportSource.class);

    private final ProgrammeSource source;
    private final LocalAreas localAreas;

    ReportSource(ProgrammeSource source, LocalAreas localAreas) {
        this.source = source;
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
        long started = System.nanoTime();
        ProgrammeSource.Replay state = source.stateRecordedBefore(before, progress);
        long read = System.nanoTime();
        LocalDate date = asOf != null ? asOf
                : state.lastRecordedAt() == null ? LocalDate.of(ProgrammeCalendar.FIRST_YEAR, 1, 1)
                : state.lastRecordedAt().atZone(ProgrammeCalendar.ZONE).toLocalDate();
        ExperienceReport report = ExperienceReports.build(state.programme(), new ExperienceReports.Basis(date, instant,
                state.events(), state.corrections(), state.withdrawals(), localAreas.names()));
        log.info("The experience report as of {}: {} events, their rows read in {} ms, the report built in {} ms", date,
                state.events(), (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        return report;
    }

    public long eventCount() {
        return source.eventCount();
    }
}
