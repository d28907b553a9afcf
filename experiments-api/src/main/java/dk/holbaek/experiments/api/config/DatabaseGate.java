package dk.holbaek.experiments.api.config;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.mongodb.connection.ServerDescription;
import com.mongodb.event.ClusterDescriptionChangedEvent;
import com.mongodb.event.ClusterListener;

import dk.holbaek.experiments.api.problem.DatabaseProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * While the driver knows that no database server answers, a request that would need one is answered 503 at once
 * (the problem detail and {@code Retry-After} come from the error page) instead of waiting for the driver's server
 * selection again and again, and queueing behind other writers of the same experiment. The driver's monitor looks
 * for the server every {@code experiments.mongodb.heartbeat} (2 seconds), so requests go through again within
 * that of the database's return. Health, the login page, styles and the OpenAPI document need no database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DatabaseGate extends OncePerRequestFilter implements ClusterListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseGate.class);

    private volatile boolean reachable = true;

    @Override
    public void clusterDescriptionChanged(ClusterDescriptionChangedEvent event) {
        // unreachable: no server answers and the driver failed to reach one (not merely still connecting at start)
        List<ServerDescription> servers = event.getNewDescription().getServerDescriptions();
        boolean now = servers.stream().anyMatch(ServerDescription::isOk)
                || servers.stream().noneMatch(server -> server.getException() != null);
        if (now != reachable) {
            reachable = now;
            if (now) {
                log.info("The database answers again");
            } else {
                log.warn("No database server answers; requests that need one are answered 503 until one does");
            }
        }
    }

    public boolean reachable() {
        return reachable;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator") || path.startsWith("/css/") || path.startsWith("/login")
                || path.startsWith("/v3/api-docs") || path.equals("/favicon.ico") || path.equals("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (reachable) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseProblems.RETRY_AFTER_SECONDS));
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }
}
