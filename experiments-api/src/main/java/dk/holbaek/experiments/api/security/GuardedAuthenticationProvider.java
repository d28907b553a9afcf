package dk.holbaek.experiments.api.security;

import java.time.Duration;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Guards the password check against guessing: a name that failed {@value LoginThrottle#FAILURES} times from one
 * address within 15 minutes is refused there until the window passes, and every failed check takes at least
 * {@link #FAILURE_FLOOR}, so that a wrong password for a known user and any password for an unknown one take the same
 * time and the names of users cannot be found by timing.
 */
class GuardedAuthenticationProvider implements AuthenticationProvider {

    static final Duration FAILURE_FLOOR = Duration.ofMillis(400);

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    GuardedAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
        Optional<Duration> wait = throttle.waitFor(name, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        long started = System.nanoTime();
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(name, address);
            return result;
        } catch (AuthenticationException failed) {
            throttle.failed(name, address);
            waitOutTheFloor(started);
            throw failed;
        }
    }

    private static void waitOutTheFloor(long started) {
        long left = FAILURE_FLOOR.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
