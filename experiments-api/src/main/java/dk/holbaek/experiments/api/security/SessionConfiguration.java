package dk.holbaek.experiments.api.security;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The dashboard's sessions in MongoDB ({@link MongoSessionRepository}) instead of one instance's memory, behind the
 * same cookie as before ({@code JSESSIONID}: HttpOnly, SameSite=Lax, Secure over HTTPS). Expired sessions are swept
 * every minute.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableSpringHttpSession
class SessionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SessionConfiguration.class);

    @Bean
    MongoSessionRepository sessionRepository(MongoTemplate mongo, Clock clock,
                                             @Value("${server.servlet.session.timeout:PT30M}") Duration timeout) {
        return new MongoSessionRepository(mongo, timeout, clock);
    }

    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer cookies = new DefaultCookieSerializer();
        cookies.setCookieName("JSESSIONID");
        cookies.setUseHttpOnlyCookie(true);
        cookies.setSameSite("Lax");
        return cookies;
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService sessionSweeper(MongoSessionRepository sessions) {
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "session-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                sessions.sweep();
            } catch (RuntimeException e) {
                log.debug("Expired sessions not swept this time: {}", e.getMessage());
            }
        }, 1, 1, TimeUnit.MINUTES);
        return sweeper;
    }
}
