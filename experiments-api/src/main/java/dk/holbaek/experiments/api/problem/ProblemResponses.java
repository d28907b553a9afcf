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

    ProblemResponses(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"experiments\", charset=\"UTF-8\"");
        write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", "Login required",
                "Send a user name and password with HTTP Basic authentication."));
    }

    /** A user name that failed to log in too often from this address; it may try again after {@code seconds}. */
    public void tooManyFailedLogins(HttpServletResponse response, long seconds) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-failed-logins", "Too many failed logins",
                "This user name failed to log in too often from your address. Try again in " + seconds + " seconds."));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role",
                "Your user may not " + ("GET".equals(request.getMethod()) ? "read " : "change ")
                        + request.getRequestURI() + "; ask an administrator for the role it needs."));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
