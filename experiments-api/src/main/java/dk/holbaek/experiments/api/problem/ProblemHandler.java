package dk.holbaek.experiments.api.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dk.holbaek.experiments.core.common.api.EntryNotFoundException;
import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.query.programme.DatabaseUnreachable;
import dk.holbaek.experiments.query.programme.StorageFull;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every rejection into a problem detail that says what to fix, and every failure into one that says
 * nothing about the inside: no stack trace, class name or framework id ever reaches a client.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    /** Jackson's words for a field named twice in one object. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:Object property|field) [\"']([^\"']{1,200})[\"']");

    /**
     * The one table from what went wrong to what the client is told, also for an exception a command handler threw
     * (it arrives wrapped in a {@link CommandExecutionException}); null for a failure that is no refusal.
     */
    static ProblemDetail problem(Throwable e) {
        if (StorageFull.causes(e)) {
            log.warn("A write was refused because the database's disk is full");
            return DatabaseProblems.storageFull();
        }
        if (DatabaseUnreachable.causes(e)) {
            log.warn("The database cannot be reached: {}", DatabaseUnreachable.reason(e));
            return DatabaseProblems.unavailable();
        }
        if (e instanceof CommandExecutionException wrapped) {
            return wrapped.getCause() != null && wrapped.getCause() != e ? problem(wrapped.getCause()) : null;
        }
        if (e instanceof InvalidCommandException invalid) {
            return Problems.invalidRequest(invalid.problems());
        }
        if (e instanceof BadRequestException bad) {
            return Problems.invalidRequest(bad.problems());
        }
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            return Problems.invalidRequest(List.of(new FieldProblem(mismatch.getName(), Flaw.INVALID_VALUE)));
        }
        if (e instanceof RuleViolatedException violated) {
            return Problems.ruleViolated(violated);
        }
        if (e instanceof NotFoundException missing) {
            return Problems.variant(HttpStatus.NOT_FOUND, "not-found", missing.what(), missing.arguments().toArray());
        }
        if (e instanceof EntryNotFoundException) {
            return Problems.variant(HttpStatus.NOT_FOUND, "not-found", "entry");
        }
        if (e instanceof AggregateNotFoundException missing) {
            return problem(NotFoundException.noRecord(String.valueOf(missing.getAggregateIdentifier())));
        }
        if (e instanceof IncompatibleAggregateException) {
            // an id of another kind of record (a recommendation's id sent as an experiment's)
            log.info("A command named the id of another kind of record: {}", e.getMessage());
            return Problems.variant(HttpStatus.NOT_FOUND, "not-found", "other-kind");
        }
        if (e instanceof ConflictingAggregateVersionException stale) {
            ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                    Long.toString(stale.getExpectedVersion()), Long.toString(stale.getActualVersion()));
            problem.setProperty("currentVersion", stale.getActualVersion());
            return problem;
        }
        if (e instanceof ConcurrencyException || e instanceof AggregateStreamCreationException) {
            // another writer stored the same version first, or created the same record first
            return Problems.of(HttpStatus.CONFLICT, "concurrent-write");
        }
        if (e instanceof AccessDeniedException) {
            return Problems.variant(HttpStatus.FORBIDDEN, "forbidden", "other");
        }
        return null;
    }

    /** Every refusal by {@link #problem}; anything else is a failure on our side (500, logged with its trace). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handle(Exception e) {
        ProblemDetail problem = problem(e);
        if (problem != null) {
            return respond(problem);
        }
        log.error("Unexpected failure while handling a request", e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getField(), Flaw.INVALID_VALUE)));
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getObjectName(), Flaw.INVALID_VALUE)));
        return new ResponseEntity<>(logged(Problems.invalidRequest(errors)), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return new ResponseEntity<>(logged(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large")),
                        HttpStatus.CONTENT_TOO_LARGE);
            }
        }
        return new ResponseEntity<>(logged(Problems.invalidRequest(List.of(describe(e)))), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getStatus() >= 500) {
            return super.createResponseEntity(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error"), headers,
                    statusCode, request);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static FieldProblem describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return new FieldProblem(path(unknown), Flaw.UNKNOWN_FIELD, known);
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return FieldProblem.oneOf(path(invalid), invalid.getTargetType());
        }
        if (cause instanceof InputCoercionException tooLarge) {
            return new FieldProblem(path(tooLarge), Flaw.NUMBER_TOO_LARGE);
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expectation(path(mismatch), mismatch.getTargetType());
        }
        if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException) && !jackson.getPath().isEmpty()) {
            return new FieldProblem(path(jackson), Flaw.WRONG_FORM);
        }
        if (cause instanceof StreamReadException read && read.getOriginalMessage() != null) {
            Matcher duplicate = DUPLICATE.matcher(read.getOriginalMessage());
            if (duplicate.find()) {
                return new FieldProblem(duplicate.group(1), Flaw.DUPLICATE_FIELD);
            }
        }
        if (cause instanceof StreamReadException) {
            return new FieldProblem("body", Flaw.NOT_JSON);
        }
        return new FieldProblem("body", Flaw.NO_JSON_OBJECT);
    }

    private static FieldProblem expectation(String field, Class<?> type) {
        if (type.isEnum()) {
            return FieldProblem.oneOf(field, type);
        }
        return new FieldProblem(field, switch (type.getSimpleName()) {
            case "LocalDate" -> Flaw.DATE;
            case "LocalTime" -> Flaw.TIME;
            case "Integer", "int", "Long", "long" -> Flaw.WHOLE_NUMBER;
            case "BigDecimal" -> Flaw.NUMBER;
            case "String" -> Flaw.TEXT;
            case "List", "Set" -> Flaw.LIST;
            default -> Flaw.OBJECT;
        });
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus());
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            answer.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseProblems.RETRY_AFTER_SECONDS));
        }
        return answer.body(logged(problem));
    }

    /** A refusal is one line at INFO: what was asked, the answer and the fields or rule it names; never a trace. */
    private static ProblemDetail logged(ProblemDetail problem) {
        if (problem.getStatus() < 500 && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
                attributes) {
            HttpServletRequest request = attributes.getRequest();
            Object named = problem.getProperties() == null ? null : problem.getProperties().get("errors");
            String what = named instanceof List<?> errors ? "fields " + errors.stream()
                    .map(error -> error instanceof FieldProblem field ? field.field() : String.valueOf(error))
                    .collect(Collectors.joining(", "))
                    : problem.getProperties() != null && problem.getProperties().get("rule") != null
                    ? "rule " + problem.getProperties().get("rule") : String.valueOf(problem.getType());
            log.info("Refused {} {}: {} {}", request.getMethod(), request.getRequestURI(), problem.getStatus(), what);
        }
        return problem;
    }
}
