package dk.holbaek.experiments.api.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;

/**
 * What was wrong in a command's body that could be read past (an unknown field, a value that is none of an enum's, a
 * date that is no date), kept for the request instead of refusing at the first: the command built from the rest is
 * then checked by its content rules too, without being handled, and every problem of the body is named in one 400.
 * Nothing is dispatched, and nothing recorded, from a body with such a problem.
 */
public final class BodyProblems {

    private static final String ATTRIBUTE = BodyProblems.class.getName();

    private BodyProblems() {
    }

    /** From now on, this request's body problems are collected (called before a body is read). */
    static void collect() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, new ArrayList<FieldProblem>(), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Notes a problem, answering whether this request collects them (if not, the reader fails as it would). */
    static boolean note(FieldProblem problem) {
        List<FieldProblem> problems = pending();
        if (problems == null) {
            return false;
        }
        problems.add(problem);
        return true;
    }

    /**
     * Refuses a command about to be dispatched while the request's body had problems: those, and the content rules'
     * problems of the fields the body did not already fail on, in one {@link InvalidCommandException}.
     */
    public static void refuseIfAny(Object command, Consumer<Object> contentRules) {
        List<FieldProblem> problems = taken();
        if (problems.isEmpty()) {
            return;
        }
        Map<String, FieldProblem> named = new LinkedHashMap<>();
        problems.forEach(problem -> named.putIfAbsent(problem.field(), problem));
        try {
            contentRules.accept(command);
        } catch (InvalidCommandException e) {
            e.problems().forEach(problem -> named.putIfAbsent(problem.field(), problem));
        }
        throw new InvalidCommandException(List.copyOf(named.values()));
    }

    /** The body problems no command has been refused for yet, taken; empty when there are none. */
    static List<FieldProblem> taken() {
        List<FieldProblem> problems = pending();
        if (problems == null || problems.isEmpty()) {
            return List.of();
        }
        List<FieldProblem> taken = List.copyOf(problems);
        problems.clear();
        return taken;
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> pending() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : (List<FieldProblem>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }
}
