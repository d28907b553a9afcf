package dk.holbaek.experiments.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A busy client pays the slow password check once per period, not once per request, and a wrong password never passes. */
class RememberingAuthenticationProviderTest {

    private static final Duration TTL = Duration.ofMinutes(10);

    private final AtomicInteger fullChecks = new AtomicInteger();
    private final MovableClock clock = new MovableClock();
    private final AuthenticationProvider passwordCheck = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            fullChecks.incrementAndGet();
            if (!"right".equals(authentication.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_STAFF")));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    /** The user's account as the account store has it; a change (disabled, new roles, new password) is a new value. */
    private volatile String account = "staff, STAFF, enabled";
    private final RememberingAuthenticationProvider provider = new RememberingAuthenticationProvider(passwordCheck, clock,
            TTL, name -> account);

    @Test
    void manyRequestsWithTheRightPassword_costOneFullCheck() {
        for (int i = 0; i < 100; i++) {
            assertThat(provider.authenticate(login("staff", "right")).isAuthenticated()).isTrue();
        }
        assertThat(fullChecks).hasValue(1);
    }

    @Test
    void aRememberedLogin_ofAUserSinceDisabledOrChanged_isCheckedInFullAgain() {
        provider.authenticate(login("staff", "right"));
        account = "staff, STAFF, disabled";

        provider.authenticate(login("staff", "right"));

        assertThat(fullChecks).as("the account store decides again, not the memory").hasValue(2);
    }

    @Test
    void aWrongPassword_isCheckedInFullAndRefused_evenRightAfterTheRightOne() {
        provider.authenticate(login("staff", "right"));

        assertThatThrownBy(() -> provider.authenticate(login("staff", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(fullChecks).hasValue(2);
    }

    @Test
    void afterThePeriod_thePasswordIsCheckedInFullAgain() {
        provider.authenticate(login("staff", "right"));
        clock.advance(TTL.plusSeconds(1));

        provider.authenticate(login("staff", "right"));

        assertThat(fullChecks).hasValue(2);
    }

    @Test
    void anotherUserWithTheSamePassword_isCheckedInFull() {
        provider.authenticate(login("staff", "right"));
        provider.authenticate(login("admin", "right"));

        assertThat(fullChecks).hasValue(2);
    }

    private static Authentication login(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2014-03-12T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
