package dk.holbaek.experiments.query.report;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A number of the report with the ids of the events it was computed from (sorted, without repeats). */
public record Figure<T>(T value, List<String> sources) {

    public static <T> Figure<T> of(T value, Stream<String> sources) {
        return new Figure<>(value, sources.filter(Objects::nonNull).distinct().sorted().toList());
    }

    public static <T> Figure<T> of(T value, Collection<String> sources) {
        return of(value, sources.stream());
    }
}
