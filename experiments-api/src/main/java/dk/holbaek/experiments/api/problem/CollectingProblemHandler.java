package dk.holbaek.experiments.api.problem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.stream.Collectors;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.Flaw;

/**
 * Reads past an unknown field and a value of the wrong kind in a command's body, noting each in {@link BodyProblems},
 * so that one answer names them all; outside a request that collects them, the reader fails at the first as before.
 */
public final class CollectingProblemHandler extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, ValueDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) {
        String known = deserializer == null || deserializer.getKnownPropertyNames() == null ? ""
                : deserializer.getKnownPropertyNames().stream().map(Objects::toString).sorted()
                .collect(Collectors.joining(", "));
        if (!BodyProblems.note(new FieldProblem(path(parser.streamReadContext()), Flaw.UNKNOWN_FIELD, known))) {
            return false;
        }
        parser.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String valueToConvert,
                                         String failureMsg) {
        return noted(context, targetType);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext context, Class<?> targetType, Number valueToConvert,
                                         String failureMsg) {
        return noted(context, targetType);
    }

    private static Object noted(DeserializationContext context, Class<?> targetType) {
        String field = path(context.getParser().streamReadContext());
        FieldProblem problem = targetType.isEnum() ? FieldProblem.oneOf(field, targetType)
                : new FieldProblem(field, targetType == LocalDate.class ? Flaw.DATE
                : targetType == LocalTime.class ? Flaw.TIME : Flaw.WRONG_FORM);
        return BodyProblems.note(problem) ? null : NOT_HANDLED;
    }

    /** The field's path as the API names it: {@code participants.byGroup}, {@code costs[1].category}. */
    static String path(TokenStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
            } else if (at.currentName() != null) {
                segments.push("." + at.currentName());
            }
        }
        String path = String.join("", segments);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }
}
