package dk.holbaek.experiments.api.problem;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts problems into words in the client's language: Danish, unless {@code Accept-Language} prefers English to
 * Danish. The words come from the same message files as the pages ({@code problem.*}, and {@code flaw.*} for what is
 * wrong with a field, whose English is the core's own); {@code type}, {@code status} and the field names never change
 * with the language.
 */
@Component
public class ProblemTexts {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Danish, or English when the request's {@code Accept-Language} names English before Danish. */
    public static Locale language(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return DANISH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (wanted.getLanguage().equals("da")) {
                return DANISH;
            }
            if (wanted.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return DANISH;
    }

    /** What is wrong with the field, as a sentence without the field's name ("skal udfyldes"). */
    public String message(FieldProblem problem, Locale locale) {
        if (locale.getLanguage().equals("en")) {
            return problem.message();
        }
        return messages.getMessage("flaw." + problem.flaw().name(), problem.arguments().toArray(), problem.message(),
                locale);
    }

    /** The problem in words: a new problem detail with title, detail and, for a 400, each field's message. */
    public ProblemDetail words(ProblemDetail problem, Locale locale) {
        if (!(problem instanceof Problems.Worded worded)) {
            if (problem.getType() != null && !"about:blank".equals(problem.getType().toString())) {
                return problem;
            }
            // one of Spring MVC's own (a method not allowed, a media type not offered): worded by its status
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            String code = Integer.toString(problem.getStatus());
            return words(new Problems.Worded(status == null ? HttpStatus.BAD_REQUEST : status, "http-" + code,
                    "problem.http.detail", List.of(code)), locale);
        }
        String type = Problems.typeName(problem);
        ProblemDetail words = ProblemDetail.forStatus(problem.getStatus());
        words.setType(problem.getType());
        words.setInstance(problem.getInstance());
        if (problem.getProperties() != null) {
            problem.getProperties().forEach(words::setProperty);
        }
        List<Object> arguments = new ArrayList<>(worded.arguments);
        if (!worded.errors.isEmpty()) {
            List<Map<String, String>> errors = new ArrayList<>();
            for (FieldProblem error : worded.errors) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("field", error.field());
                entry.put("message", message(error, locale));
                errors.add(entry);
            }
            words.setProperty("errors", errors);
            if (errors.size() == 1) {
                arguments = List.of(errors.get(0).get("field"), errors.get(0).get("message"));
            }
        }
        words.setTitle(messages.getMessage("problem." + type + ".title", null,
                messages.getMessage("problem.http.title", null, locale), locale));
        Object[] spoken = arguments.stream().map(argument -> spoken(argument, locale)).toArray();
        words.setDetail(worded.english == null ? messages.getMessage(worded.detailKey, spoken, locale)
                : locale.getLanguage().equals("en") ? worded.english
                : messages.getMessage(worded.detailKey, spoken, worded.english, locale));
        return words;
    }

    /** A date as people write it, a status or a body by its name in the language; numbers and texts as they are. */
    private Object spoken(Object argument, Locale locale) {
        if (argument instanceof LocalDate date) {
            return DateTimeFormatter.ofPattern(locale.getLanguage().equals("en") ? "d MMMM yyyy" : "d. MMMM yyyy", locale)
                    .format(date);
        }
        if (argument instanceof ExperimentStatus status) {
            return messages.getMessage("status." + status.name(), null, locale).toLowerCase(locale);
        }
        if (argument instanceof AdoptingBody body) {
            return messages.getMessage("adoptedBy." + body.name(), null, locale);
        }
        return argument == null ? "" : argument;
    }
}
