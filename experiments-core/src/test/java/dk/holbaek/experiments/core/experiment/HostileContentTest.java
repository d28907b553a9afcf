package dk.holbaek.experiments.core.experiment;

import static dk.holbaek.experiments.core.experiment.ExperimentSamples.ID;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.approved;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.registered;
import static dk.holbaek.experiments.core.experiment.ExperimentSamples.started;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dk.holbaek.experiments.core.common.Periods;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.Initiator;
import dk.holbaek.experiments.core.experiment.api.LogActivity;
import dk.holbaek.experiments.core.experiment.api.Participants;
import dk.holbaek.experiments.core.experiment.api.RecordInitiative;
import dk.holbaek.experiments.core.experiment.api.SupportKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;

/**
 * What a hostile client or a tired consultant might send, refused by the aggregate itself (the HTTP layer refuses it
 * first; this is the second gate): each case names the field and says what is wrong, and nothing is recorded.
 */
class HostileContentTest {

    private static final LocalDate MARCH_18 = LocalDate.of(2014, 3, 18);

    private AggregateTestFixture<Experiment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Experiment.class);
        fixture.registerInjectableResource(Periods.programme());
    }

    /** An activity as {@link ExperimentSamples#logActivity} makes it, with one thing changed. */
    private record Activity(String title, LocalDate occurredOn, Integer durationMinutes, Participants participants,
                            List<String> departments, List<Cost> costs, Feedback feedback) {

        static Activity sample() {
            return new Activity("Borgermøde om budgettet", MARCH_18, 120, ExperimentSamples.participants(), List.of("Kultur og Fritid"),
                    List.of(new Cost(CostCategory.CATERING, new BigDecimal("4200.50"))), new Feedback(40, 31));
        }

        LogActivity command() {
            return new LogActivity(ID, null, "act-1", title, ActivityKind.MEETING, occurredOn, Channel.PHYSICAL,
                    LocalTime.of(19, 0), durationMinutes, "Tølløse", participants, 3, 4, departments, costs, feedback);
        }
    }

    static Stream<Arguments> hostileActivities() {
        return Stream.of(
                activity("a year far in the future", a -> new Activity(a.title(), LocalDate.MAX, a.durationMinutes(),
                        a.participants(), a.departments(), a.costs(), a.feedback()),
                        "occurredOn: must lie within the programme's period, 2014-01-01 to 2016-12-31"),
                activity("a day before the programme", a -> new Activity(a.title(), LocalDate.of(2013, 12, 31),
                        a.durationMinutes(), a.participants(), a.departments(), a.costs(), a.feedback()),
                        "occurredOn: must lie within the programme's period"),
                activity("a day after today", a -> new Activity(a.title(), Periods.TODAY.plusDays(1), a.durationMinutes(),
                        a.participants(), a.departments(), a.costs(), a.feedback()),
                        "occurredOn: lies after today (2016-06-01)"),
                activity("groups of the largest int that wrap around to a small sum", a -> new Activity(a.title(),
                        a.occurredOn(), a.durationMinutes(), new Participants(1, Map.of(TargetGroup.YOUNG_PEOPLE,
                        Integer.MAX_VALUE, TargetGroup.SENIORS, Integer.MAX_VALUE), null, null), a.departments(),
                        a.costs(), a.feedback()), "participants.byGroup.YOUNG_PEOPLE: must be at most 100,000"),
                activity("groups over the total", a -> new Activity(a.title(), a.occurredOn(), a.durationMinutes(),
                        new Participants(10, Map.of(TargetGroup.YOUNG_PEOPLE, 90_000, TargetGroup.SENIORS, 90_000),
                                null, null), a.departments(), a.costs(), a.feedback()),
                        "the groups add up to 180,000, more than the 10 participants in total"),
                activity("a million participants", a -> new Activity(a.title(), a.occurredOn(), a.durationMinutes(),
                        new Participants(1_000_000, Map.of(), null, null), a.departments(), a.costs(), a.feedback()),
                        "participants.total: must be at most 100,000"),
                activity("a title of non-breaking spaces", a -> new Activity("\u00A0\u2003\u3000", a.occurredOn(),
                        a.durationMinutes(), a.participants(), a.departments(), a.costs(), a.feedback()),
                        "title: must not be blank"),
                activity("a title of zero-width spaces", a -> new Activity("\u200B\u200B", a.occurredOn(),
                        a.durationMinutes(), a.participants(), a.departments(), a.costs(), a.feedback()),
                        "title: must not be blank"),
                activity("a lone surrogate", a -> new Activity("Møde \uD800", a.occurredOn(), a.durationMinutes(),
                        a.participants(), a.departments(), a.costs(), a.feedback()),
                        "title: holds a broken character (a lone UTF-16 surrogate at position 6)"),
                activity("a NUL byte", a -> new Activity("Møde\u0000", a.occurredOn(), a.durationMinutes(),
                        a.participants(), a.departments(), a.costs(), a.feedback()),
                        "title: must be one line without control characters (U+0000 at position 5)"),
                activity("a newline in a title", a -> new Activity("Møde\n# Overskrift", a.occurredOn(),
                        a.durationMinutes(), a.participants(), a.departments(), a.costs(), a.feedback()),
                        "title: must be one line without control characters (U+000A"),
                activity("a title of 201 characters", a -> new Activity("x".repeat(201), a.occurredOn(),
                        a.durationMinutes(), a.participants(), a.departments(), a.costs(), a.feedback()),
                        "title: must be at most 200 characters long"),
                activity("a duration of a month", a -> new Activity(a.title(), a.occurredOn(), 43_200, a.participants(),
                        a.departments(), a.costs(), a.feedback()), "durationMinutes: must be at most 10,080 minutes"),
                activity("51 departments", a -> new Activity(a.title(), a.occurredOn(), a.durationMinutes(),
                        a.participants(), Collections.nCopies(51, "Kultur"), a.costs(), a.feedback()),
                        "departments: must hold at most 50 entries (it holds 51)"),
                activity("a blank department", a -> new Activity(a.title(), a.occurredOn(), a.durationMinutes(),
                        a.participants(), List.of("Kultur", " "), a.costs(), a.feedback()),
                        "departments[1]: must not be blank"),
                activity("a cost of a billion", a -> new Activity(a.title(), a.occurredOn(), a.durationMinutes(),
                        a.participants(), a.departments(), List.of(new Cost(CostCategory.VENUE,
                        new BigDecimal("1000000000"))), a.feedback()),
                        "costs[0].amountDkk: must be at most 100,000,000 kroner"),
                activity("a cost of 1e999999999", a -> new Activity(a.title(), a.occurredOn(), a.durationMinutes(),
                        a.participants(), a.departments(), List.of(new Cost(CostCategory.VENUE,
                        new BigDecimal("1e999999999"))), a.feedback()),
                        "costs[0].amountDkk: must be at most 100,000,000 kroner"),
                activity("a cost in tenths of øre", a -> new Activity(a.title(), a.occurredOn(), a.durationMinutes(),
                        a.participants(), a.departments(), List.of(new Cost(CostCategory.VENUE,
                        new BigDecimal("1e-999999999"))), a.feedback()),
                        "costs[0].amountDkk: must be an amount in kroner with at most two decimals"),
                activity("more respondents than anyone", a -> new Activity(a.title(), a.occurredOn(), a.durationMinutes(),
                        a.participants(), a.departments(), a.costs(), new Feedback(Integer.MAX_VALUE, 1)),
                        "feedback.respondents: must be at most 100,000"));
    }

    private static Arguments activity(String what, UnaryOperator<Activity> change, String problem) {
        return Arguments.of(what, change.apply(Activity.sample()).command(), problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileActivities")
    void givenRunningExperiment_whenHostileActivityLogged_thenRefusedNamingTheField(String what, LogActivity command,
                                                                                  String problem) {
        fixture.given(registered(), approved(), started())
                .when(command)
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString(problem));
    }

    static Stream<Arguments> hostileInitiatives() {
        return Stream.of(
                Arguments.of("support hours of 1e999999999", new BigDecimal("1e999999999"), BigDecimal.ZERO,
                        "supportHours: must be at most 100,000 hours"),
                Arguments.of("support hours in thousandths", new BigDecimal("1.001"), BigDecimal.ZERO,
                        "supportHours: must be a number of hours with at most two decimals"),
                Arguments.of("negative support hours", new BigDecimal("-1"), BigDecimal.ZERO,
                        "supportHours: must not be negative"),
                Arguments.of("funding of a trillion", BigDecimal.ONE, new BigDecimal("1000000000000"),
                        "fundingDkk: must be at most 100,000,000 kroner"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInitiatives")
    void givenRunningExperiment_whenHostileInitiativeRecorded_thenRefusedNamingTheField(
            String what, BigDecimal supportHours, BigDecimal fundingDkk, String problem) {
        fixture.given(registered(), approved(), started())
                .when(new RecordInitiative(ID, null, "ini-1", "Lokal madklub", Initiator.CITIZENS,
                        List.of(SupportKind.ADVICE), supportHours, fundingDkk, InitiativeStatus.SUPPORTED, MARCH_18))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString(problem));
    }
}
