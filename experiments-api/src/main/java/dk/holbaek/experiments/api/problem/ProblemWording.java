package dk.holbaek.experiments.api.problem;

import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import dk.holbaek.experiments.core.common.api.FieldProblem;

/**
 * Every problem detail Spring MVC writes (from {@link ProblemHandler}, the error controller or a controller's own
 * answer) is put into words in the client's language on its way out, as {@link ProblemResponses} does for filters.
 * A request whose body had problems ({@link BodyProblems}) that no command was refused for is refused here.
 */
@ControllerAdvice
class ProblemWording implements ResponseBodyAdvice<Object> {

    private final ProblemTexts texts;

    ProblemWording(ProblemTexts texts) {
        this.texts = texts;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
                                  Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(request instanceof ServletServerHttpRequest servlet)) {
            return body;
        }
        List<FieldProblem> unrefused = BodyProblems.taken();
        if (!unrefused.isEmpty() && !(body instanceof ProblemDetail)) {
            // a body with problems that sent no command: still refused, though nothing would have been recorded
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return texts.words(Problems.invalidRequest(unrefused), ProblemTexts.language(servlet.getServletRequest()));
        }
        if (body instanceof ProblemDetail problem) {
            return texts.words(problem, ProblemTexts.language(servlet.getServletRequest()));
        }
        return body;
    }
}
