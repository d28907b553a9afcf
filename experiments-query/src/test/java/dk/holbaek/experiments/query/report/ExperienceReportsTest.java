package dk.holbaek.experiments.query.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.holbaek.experiments.core.experiment.api.ActivityCorrected;
import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.ExperimentWithdrawn;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.query.ProgrammeEvents;

/**
 * The report's content from events, without storage or HTTP: a corrected activity counts with its corrected figures,
 * a withdrawn experiment appears nowhere, and the method chapter counts both with their events.
 */
class ExperienceReportsTest {

    private static final LocalDate MAY_1 = LocalDate.of(2014, 5, 1);

    @Test
    void aCorrectedActivityCountsAsCorrected_aWithdrawnExperimentNowhere_andTheMethodChapterNamesBoth() {
        ProgrammeEvents events = new ProgrammeEvents().running("a", "Borgerbudget i Jyderup")
                .activity("a", "a-1", "2014-05-01", Channel.PHYSICAL, "19:00", 400, Map.of(), 0, 1, 2, List.of(),
                        List.of(), null)
                .then("a", new ActivityCorrected("a", activity(40), "Tastefejl"))
                .running("b", "Borgerbudget i Jyderup")
                .activity("b", "b-1", "2014-05-02", Channel.PHYSICAL, "19:00", 25, Map.of(), 0, 1, 2, List.of(),
                        List.of(), null)
                .then("b", new ExperimentWithdrawn("b", "Registreret ved en fejl (dublet)"));
        List<ProgrammeEvents.Numbered> all = events.all();

        ExperienceReport report = ExperienceReports.build(events.fold(), events.details(), LocalDate.of(2015, 12, 31),
                all.size(), List.of(eventIdOf(all, ActivityCorrected.class)), List.of(eventIdOf(all, ExperimentWithdrawn.class)));

        assertThat(report.summary().participants().value()).isEqualTo(40L);
        assertThat(report.summary().activities().value()).isEqualTo(1L);
        assertThat(report.summary().participants().sources()).contains(eventIdOf(all, ActivityCorrected.class));
        assertThat(report.appendix()).extracting(ExperienceReport.ExperimentAppendix::experimentId).containsExactly("a");
        assertThat(report.corrections().value()).isEqualTo(1L);
        assertThat(report.corrections().sources()).containsExactly(eventIdOf(all, ActivityCorrected.class));
        assertThat(report.withdrawals().value()).isEqualTo(1L);
    }

    private static ActivityLogged activity(int participants) {
        return new ActivityLogged("a", "a-1", "Aktivitet a-1", ActivityKind.MEETING, MAY_1, Channel.PHYSICAL,
                LocalTime.of(19, 0), 120, null, new Participants(participants, Map.of(), 0, 0), 1, 2, List.of(),
                List.of(), null);
    }

    private static String eventIdOf(List<ProgrammeEvents.Numbered> all, Class<?> type) {
        return all.stream().filter(event -> type.isInstance(event.event())).findFirst().orElseThrow().eventId();
    }
}
