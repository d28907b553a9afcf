package dk.holbaek.experiments.api.http.view;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import dk.holbaek.experiments.query.programme.ProgrammeFigures;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;
import dk.holbaek.experiments.query.programme.ProgrammeSource;

/** The programme a request asks for: live with today's date, or as recorded up to an {@code asOf} moment. */
@Component
public class ProgrammeAt {

    /** What the views are computed from, and the date that decides which programme years count so far. */
    public record Moment(ProgrammeFigures programme, LocalDate today) {
    }

    private final ProgrammeSource source;
    private final Clock clock;

    ProgrammeAt(ProgrammeSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /** {@code asOf} null means live; otherwise a date or an instant, as {@link AsOf} reads it. */
    public Moment resolve(String asOf) {
        if (asOf == null) {
            return new Moment(source.liveFigures(), LocalDate.now(clock.withZone(ProgrammeCalendar.ZONE)));
        }
        AsOf moment = AsOf.parse(asOf);
        return new Moment(source.figuresRecordedBefore(moment.before()), moment.today());
    }
}
