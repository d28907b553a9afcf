package dk.holbaek.experiments.query.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ProgrammeCalendarTest {

    @Test
    void asOfADay_meansUpToMidnightInDenmark_inWinterAndInSummerTime() {
        assertThat(ProgrammeCalendar.endOf(LocalDate.of(2014, 12, 31))).isEqualTo(Instant.parse("2014-12-31T23:00:00Z"));
        assertThat(ProgrammeCalendar.endOf(LocalDate.of(2014, 6, 30))).isEqualTo(Instant.parse("2014-06-30T22:00:00Z"));
        assertThat(ProgrammeCalendar.endOf(LocalDate.of(2014, 3, 29)))
                .as("the night the clocks go forward").isEqualTo(Instant.parse("2014-03-29T23:00:00Z"));
        assertThat(ProgrammeCalendar.endOf(LocalDate.of(2014, 10, 26)))
                .as("the day the clocks go back").isEqualTo(Instant.parse("2014-10-26T23:00:00Z"));
    }
}
