package dk.holbaek.experiments.api.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this name from this address: answered 429 with {@code Retry-After}. */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottledException(Duration wait) {
        super("Too many failed logins for this user name from this address");
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
