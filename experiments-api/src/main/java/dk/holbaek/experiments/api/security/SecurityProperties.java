package dk.holbaek.experiments.api.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users and roles from configuration: {@code experiments.security.users[N].name}, {@code .password}
 * ({@code {bcrypt}…} or {@code {noop}…}) and {@code .roles}.
 */
@ConfigurationProperties("experiments.security")
record SecurityProperties(List<User> users, Duration verifiedLoginTtl) {

    record User(String name, String password, List<Role> roles) {
    }

    enum Role { STAFF, STEERING, ANALYST, ADMIN }

    SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        verifiedLoginTtl = verifiedLoginTtl == null ? Duration.ofMinutes(10) : verifiedLoginTtl;
    }
}
