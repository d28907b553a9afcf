package dk.holbaek.experiments.api.problem;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

import dk.holbaek.experiments.query.programme.DatabaseUnreachable;
import dk.holbaek.experiments.query.programme.StorageFull;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Errors that happen outside the controllers (in the servlet container) are answered as problem details too. */
@RestController
class ProblemErrorController implements ErrorController {

    /** A person in a browser gets a page in the dashboard's style. */
    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        if (storageFull(request)) {
            status = HttpStatus.INSUFFICIENT_STORAGE;
        } else if (databaseAway(request)) {
            status = HttpStatus.SERVICE_UNAVAILABLE;
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseProblems.RETRY_AFTER_SECONDS));
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("reason", status.getReasonPhrase());
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        if (storageFull(request)) {
            return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE).body(DatabaseProblems.storageFull());
        }
        if (databaseAway(request)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseProblems.RETRY_AFTER_SECONDS))
                    .body(DatabaseProblems.unavailable());
        }
        HttpStatus status = status(request);
        return ResponseEntity.status(status).body(status.is5xxServerError()
                ? Problems.of(status, "internal-error") : ProblemDetail.forStatus(status));
    }

    /** A filter or a page failed because the database's disk is full. */
    private static boolean storageFull(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && StorageFull.causes(failure);
    }

    /**
     * A filter or a page failed because the database could not be reached, or the request was refused for that
     * before it started ({@code DatabaseGate}: the only 503 that comes here).
     */
    private static boolean databaseAway(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                ? DatabaseUnreachable.causes(failure)
                : request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
                && status == HttpStatus.SERVICE_UNAVAILABLE.value();
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
