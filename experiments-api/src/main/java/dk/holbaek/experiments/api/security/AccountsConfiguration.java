package dk.holbaek.experiments.api.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The users, for the service and for the command line alike (the account controllers live in both contexts; only
 * the web one checks logins).
 */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AccountsConfiguration.class);

    /**
     * The users: those an administrator manages in MongoDB over the configured ones, the bootstrap. Without any
     * configured: with the demo option, the four demo users whose passwords are their names; otherwise one
     * {@code admin} with a random password, written once to the log at start, so that no service runs with a password
     * anybody knows.
     */
    @Bean
    UserAccounts userAccounts(SecurityProperties properties, @Value("${experiments.demo.enabled:false}") boolean demo,
                              MongoTemplate mongo, Clock clock) {
        List<SecurityProperties.User> configured = properties.users();
        if (configured.isEmpty() && demo) {
            configured = Stream.of(SecurityProperties.Role.values()).map(role -> new SecurityProperties.User(
                    role.name().toLowerCase(Locale.ROOT), "{noop}" + role.name().toLowerCase(Locale.ROOT),
                    List.of(role))).toList();
            log.warn("No users are configured: the demo's users staff, steering, analyst and admin log in with their "
                    + "names as passwords. Configure experiments.security.users before the service holds real data.");
        } else if (configured.isEmpty()) {
            String password = randomPassword();
            configured = List.of(new SecurityProperties.User("admin",
                    PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password),
                    List.of(SecurityProperties.Role.ADMIN)));
            log.warn("No users are configured: created the user admin with the password {} for this run only. "
                    + "Configure experiments.security.users (see docs/operations.md).", password);
        }
        return new UserAccounts(mongo, configured.stream().map(user -> new UserAccounts.Account(user.name(),
                user.password(), user.roles().stream().map(Enum::name).toList(), true, null, "configuration")).toList(),
                clock);
    }

    private static String randomPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
