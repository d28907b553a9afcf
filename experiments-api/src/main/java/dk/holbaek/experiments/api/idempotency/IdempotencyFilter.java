package dk.holbaek.experiments.api.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

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
 * {@code Idempotency-Key} on a POST: the first request with a key is carried out and its successful answer kept
 * in MongoDB (so it survives a restart); a repeat with the same key and body gets that answer again and appends
 * nothing. The same key with another body, or while the first is still running, is refused. A rejected request
 * (4xx, 5xx) keeps nothing, so the corrected request may reuse the key. A kept answer expires after
 * {@code experiments.idempotency.keep-for} (24 hours): the key is then new again. A key whose first request never
 * answered (the service stopped while handling it) is free again after {@code experiments.idempotency.pending-timeout}.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int LONGEST_KEY = 255;
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final MongoTemplate mongo;
    private final ProblemResponses problems;
    private final Clock clock;
    private final Duration keepFor;
    private final Duration pendingTimeout;

    IdempotencyFilter(MongoTemplate mongoTemplate, ProblemResponses problems, Clock clock,
                      @Value("${experiments.idempotency.keep-for:PT24H}") Duration keepFor,
                      @Value("${experiments.idempotency.pending-timeout:PT1M}") Duration pendingTimeout) {
        this.mongo = mongoTemplate;
        this.problems = problems;
        this.clock = clock;
        this.keepFor = keepFor;
        this.pendingTimeout = pendingTimeout;
    }

    /** MongoDB removes kept answers once they have expired (the filter treats them as gone before that already). */
    @EventListener(ApplicationReadyEvent.class)
    void expireOldAnswers() {
        try {
            mongo.indexOps(StoredAnswer.class).createIndex(new Index().on("storedAt", Sort.Direction.ASC)
                    .expire(keepFor).named("expire_kept_answers"));
        } catch (RuntimeException e) {
            log.warn("Kept Idempotency-Key answers are not removed by the database ({}); they are ignored once "
                    + "older than {}", e.getMessage(), keepFor);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/")
                || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > LONGEST_KEY) {
            problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    LONGEST_KEY));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String id = user() + "\n" + key;
        String hash = fingerprint(request, body);
        try {
            mongo.insert(StoredAnswer.pending(id, hash, clock.instant()));
        } catch (DuplicateKeyException alreadyUsed) {
            StoredAnswer first = mongo.findById(id, StoredAnswer.class);
            if (first == null || !outlived(first) || !takeOver(first, hash)) {
                answerRepeat(first, hash, request, response);
                return;
            }
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), captured);
            if (captured.getStatus() >= 200 && captured.getStatus() < 300) {
                mongo.save(StoredAnswer.pending(id, hash, clock.instant()).completedWith(captured.getStatus(),
                        captured.getHeader(HttpHeaders.LOCATION), captured.getContentType(),
                        new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8)));
                kept = true;
            }
        } finally {
            if (!kept) {
                mongo.remove(Query.query(Criteria.where("_id").is(id)), StoredAnswer.class);
            }
            captured.copyBodyToResponse();
        }
    }

    /** A kept answer older than {@code keepFor}, or a first request that never answered within {@code pendingTimeout}. */
    private boolean outlived(StoredAnswer first) {
        Duration age = Duration.between(first.storedAt(), clock.instant());
        return first.complete() ? age.compareTo(keepFor) > 0 : age.compareTo(pendingTimeout) > 0;
    }

    /** Makes the key this request's, unless another request took it over first. */
    private boolean takeOver(StoredAnswer outlived, String hash) {
        StoredAnswer taken = mongo.findAndReplace(Query.query(Criteria.where("_id").is(outlived.id())
                        .and("storedAt").is(outlived.storedAt()).and("complete").is(outlived.complete())),
                StoredAnswer.pending(outlived.id(), hash, clock.instant()));
        return taken != null;
    }

    private void answerRepeat(StoredAnswer first, String hash, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!(first == null || first.requestHash().equals(hash))) {
            problems.write(request, response, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused"));
        } else if (first == null || !first.complete()) {
            problems.write(request, response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-use"));
        } else {
            log.debug("Answered a repeated request from its Idempotency-Key");
            response.setStatus(first.status());
            response.setHeader(REPLAYED_HEADER, "true");
            if (first.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, first.location());
            }
            if (first.contentType() != null) {
                response.setContentType(first.contentType());
            }
            if (first.body() != null) {
                response.getOutputStream().write(first.body().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The request again, with the body that was read to fingerprint it. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }
    }
}
