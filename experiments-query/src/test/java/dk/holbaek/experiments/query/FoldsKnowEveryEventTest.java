package dk.holbaek.experiments.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dk.holbaek.experiments.core.council.api.CouncilEvent;
import dk.holbaek.experiments.core.experiment.api.ExperimentEvent;
import dk.holbaek.experiments.core.recommendation.api.RecommendationEvent;
import dk.holbaek.experiments.query.experiment.ExperimentDetailFold;
import dk.holbaek.experiments.query.programme.InMemoryRows;
import dk.holbaek.experiments.query.programme.ProgrammeFold;

/**
 * Every kind of programme event, as its sealed interface lists them, is folded by the views and the experiment's
 * detail: a kind added to an interface but not to a fold fails here, instead of going missing from the figures. The
 * folds themselves refuse a programme event they do not know, so the views stop at it rather than leave it out.
 */
class FoldsKnowEveryEventTest {

    static Stream<Class<?>> programmeEvents() {
        return Stream.of(ExperimentEvent.class, CouncilEvent.class, RecommendationEvent.class)
                .flatMap(group -> Arrays.stream(group.getPermittedSubclasses()));
    }

    static Stream<Class<?>> experimentEvents() {
        return Arrays.stream(ExperimentEvent.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @MethodSource("programmeEvents")
    void theViewsFoldEveryProgrammeEvent(Class<?> type) {
        Object event = sample(type);

        assertThatCode(() -> ProgrammeFold.apply(event, 1, "event-1", new InMemoryRows())).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("experimentEvents")
    void theExperimentsDetailFoldsEveryExperimentEvent(Class<?> type) {
        ExperimentEvent event = (ExperimentEvent) sample(type);

        assertThatCode(() -> new ExperimentDetailFold().apply(event, 1)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("programmeEvents")
    void aSampleIsARealEventOfItsKind(Class<?> type) {
        assertThat(sample(type)).isInstanceOf(type);
    }

    @org.junit.jupiter.api.Test
    void somethingThatIsNoProgrammeEvent_isLeftAlone() {
        InMemoryRows rows = new InMemoryRows();

        assertThatCode(() -> ProgrammeFold.apply("not an event", 1, "event-1", rows)).doesNotThrowAnyException();
        assertThat(rows.programme().experiments()).isEmpty();
        assertThatThrownBy(() -> sample(Object.class)).isInstanceOf(IllegalArgumentException.class);
    }

    /** An instance of a record built from plausible values for its components, nested records included. */
    static Object sample(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getType(), components[i].getGenericType());
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + type.getSimpleName(), e);
        }
    }

    private static Object value(Class<?> type, Type generic) {
        if (type == String.class) {
            return "x";
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == long.class || type == Long.class) {
            return 1L;
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        } else if (type == LocalDate.class) {
            return LocalDate.of(2014, 5, 1);
        } else if (type == LocalTime.class) {
            return LocalTime.of(19, 0);
        } else if (type == Instant.class) {
            return Instant.parse("2014-05-01T17:00:00Z");
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == List.class) {
            return List.of(element(generic));
        } else if (type == Set.class) {
            return Set.of(element(generic));
        } else if (type == Map.class) {
            return Map.of();
        } else if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalArgumentException("no sample value for " + type.getName());
    }

    private static Object element(Type generic) {
        Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
        Class<?> elementType = element instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType() : (Class<?>) element;
        return value(elementType, element);
    }
}
