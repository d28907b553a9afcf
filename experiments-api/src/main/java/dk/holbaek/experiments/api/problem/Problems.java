package dk.holbaek.experiments.api.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;

/**
 * The RFC 9457 problem details this service answers with. Each {@code type} is a URN listed in {@code docs/api.md};
 * its title and detail are the message files' {@code problem.<type>.title} and {@code .detail}, in the language the
 * client asked for ({@link ProblemTexts}), filled with the arguments given here.
 */
public final class Problems {

    private static final String TYPE_BASE = "urn:experiments:problem:";

    private Problems() {
    }

    /** 400 naming every bad field; the detail names the field itself when it is the only one. */
    public static ProblemDetail invalidRequest(List<FieldProblem> errors) {
        Worded problem = new Worded(HttpStatus.BAD_REQUEST, "invalid-request",
                "problem.invalid-request.detail." + (errors.size() == 1 ? "one" : "many"), List.of(errors.size()));
        problem.errors = List.copyOf(errors);
        return problem;
    }

    /** A problem of {@code type} whose detail is {@code problem.<type>.detail} with {@code arguments}. */
    public static ProblemDetail of(HttpStatus status, String type, Object... arguments) {
        return new Worded(status, type, "problem." + type + ".detail", Arrays.asList(arguments));
    }

    /** As {@link #of}, with the detail {@code problem.<type>.detail.<variant>}. */
    public static ProblemDetail variant(HttpStatus status, String type, String variant, Object... arguments) {
        return new Worded(status, type, "problem." + type + ".detail." + variant, Arrays.asList(arguments));
    }

    /**
     * 409 for a rule of the programme: the detail is the core's English sentence, or in another language the message
     * files' {@code rule.<wording>} with the sentence's arguments.
     */
    public static ProblemDetail ruleViolated(RuleViolatedException violated) {
        Worded problem = new Worded(HttpStatus.CONFLICT, "rule-violated", "rule." + violated.wording(),
                violated.arguments());
        problem.english = violated.getMessage();
        problem.setProperty("rule", violated.rule());
        return problem;
    }

    /**
     * What a refused command or request tells its sender (the one table of {@code ProblemHandler}), not yet in words;
     * null for a failure that is no refusal.
     */
    public static ProblemDetail refusal(Throwable e) {
        return ProblemHandler.problem(e);
    }

    /** The fields a 400 names, with what is wrong with each; empty for any other problem. */
    public static List<FieldProblem> fieldProblems(ProblemDetail problem) {
        return problem instanceof Worded worded ? worded.errors : List.of();
    }

    /** The type's short name ({@code invalid-request}) of a problem made here. */
    static String typeName(ProblemDetail problem) {
        String type = String.valueOf(problem.getType());
        return type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type;
    }

    /**
     * A problem not yet put into words: its type, the key of its detail and the detail's arguments, and for a 400
     * the fields with what is wrong with each. {@link ProblemTexts} words it once the language is known.
     */
    static final class Worded extends ProblemDetail {

        final transient String detailKey;
        final transient List<Object> arguments;
        transient List<FieldProblem> errors = List.of();
        /** The detail in English where it comes whole from the core rather than from the message files. */
        transient String english;

        Worded(HttpStatus status, String type, String detailKey, List<Object> arguments) {
            super(status.value());
            setType(URI.create(TYPE_BASE + type));
            this.detailKey = detailKey;
            this.arguments = arguments;
        }
    }
}
