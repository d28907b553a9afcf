package dk.holbaek.experiments.api.config;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dk.holbaek.experiments.api.problem.BodyTooLargeException;
import dk.holbaek.experiments.api.problem.ProblemResponses;
import dk.holbaek.experiments.api.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A command's body is at most 1 MB: a larger declared length is answered 413 before anything is read, and a body
 * sent without a length is cut off at the limit. The event import streams its file and has limits of its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyLimitFilter extends OncePerRequestFilter {

    static final long LIMIT = 1024 * 1024;
    private static final String IMPORT = "/api/admin/events/import";

    private static final Logger log = LoggerFactory.getLogger(BodyLimitFilter.class);

    private final ProblemResponses problems;

    BodyLimitFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return IMPORT.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(new Limited(request), response);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                response.reset();
                refuse(request, response);
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.info("Refused {} {}: 413 a body over 1 MB", request.getMethod(), request.getRequestURI());
        response.setHeader("Connection", "close");
        problems.write(request, response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large"));
    }

    /** Counts what is read and stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream stream;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        Counting(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > LIMIT) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
