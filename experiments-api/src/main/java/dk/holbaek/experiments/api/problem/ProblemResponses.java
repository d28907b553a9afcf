package dk.holbaek.experiments.api.problem;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem details outside Spring MVC: for the security filters and the idempotency filter. */
@Component
public class ProblemResponses {

    private final JsonMapper jsonMapper;
    private final ProblemTexts texts;

    ProblemResponses(JsonMapper jsonMapper, ProblemTexts texts) {
        this.jsonMapper = jsonMapper;
        this.texts = texts;
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"experiments\", charset=\"UTF-8\"");
        write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized"));
    }

    /** A user name that failed to log in too often from this address; it may try again after {@code seconds}. */
    public void tooManyFailedLogins(HttpServletRequest request, HttpServletResponse response, long seconds)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        write(request, response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-logins", seconds));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, Problems.variant(HttpStatus.FORBIDDEN, "forbidden",
                "GET".equals(request.getMethod()) ? "read" : "change", request.getRequestURI()));
    }

    /** Writes the problem in the language the request asks for ({@link ProblemTexts#language}). */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), texts.words(problem, ProblemTexts.language(request)));
    }
}
