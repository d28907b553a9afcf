package dk.holbaek.experiments.api.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import dk.holbaek.experiments.api.problem.BadRequestException;
import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;

/**
 * The users: those an administrator added, disabled or gave other roles, in MongoDB (collection {@code users}, a
 * bcrypt hash per password), over those of the configuration, which stay as the bootstrap. Read at every login and
 * every request of a remembered login or a session ({@link AccountCheck}), so a disabled user is refused at once on
 * every instance, without a restart.
 */
public class UserAccounts implements UserDetailsService {

    /** A user as stored; {@code password} is the encoded hash ({@code {bcrypt}…}), never the password. */
    @Document(collection = "users")
    public record Account(@Id String name, String password, List<String> roles, boolean enabled, Instant changedAt,
                          String changedBy) {
    }

    /** A user as an administrator sees it: where it is kept, its roles, whether it may log in. */
    public record Listed(String name, List<String> roles, boolean enabled, String source, Instant changedAt,
                         String changedBy) {
    }

    static final int SHORTEST_PASSWORD = 12;
    static final int LONGEST_PASSWORD = 200;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final List<String> ROLES = List.of("STAFF", "STEERING", "ANALYST", "ADMIN");

    private final MongoTemplate mongo;
    private final Map<String, Account> configured;
    private final Clock clock;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    UserAccounts(MongoTemplate mongo, List<Account> configured, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        Map<String, Account> byName = new LinkedHashMap<>();
        configured.forEach(account -> byName.put(account.name(), account));
        this.configured = Map.copyOf(byName);
    }

    /** The account as it stands: stored, or else configured. */
    public Optional<Account> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Account stored = mongo.findById(name, Account.class);
        return stored != null ? Optional.of(stored) : Optional.ofNullable(configured.get(name));
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        Account account = find(name).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.name()).password(account.password())
                .roles(account.roles().toArray(String[]::new)).disabled(!account.enabled()).build();
    }

    /** Every user, stored or configured, by name. */
    public List<Listed> all() {
        Map<String, Listed> users = new LinkedHashMap<>();
        configured.values().forEach(account -> users.put(account.name(), listed(account, "configuration")));
        mongo.findAll(Account.class).forEach(account -> users.put(account.name(), listed(account, "database")));
        List<Listed> sorted = new ArrayList<>(users.values());
        sorted.sort(Comparator.comparing(Listed::name));
        return sorted;
    }

    /** Adds a user who can log in at once; refused when the name is taken or anything is wrong, naming each field. */
    public Account add(String name, String password, List<String> roles, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(new FieldProblem("name", Flaw.USER_NAME));
        }
        checkPassword(password, name, "password", problems);
        checkRoles(roles, problems);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        if (find(name).isPresent()) {
            throw new RuleViolatedException("user.name-taken", "A user named " + name + " already exists.",
                    "user.name-taken", name);
        }
        Account account = new Account(name, encoder.encode(password), List.copyOf(roles), true, clock.instant(), by);
        mongo.insert(account);
        return account;
    }

    /** Changes a user's roles or whether it may log in; an administrator cannot lock themselves out. */
    public Account change(String name, List<String> roles, Boolean enabled, String by) {
        Account current = find(name).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        List<FieldProblem> problems = new ArrayList<>();
        if (roles != null) {
            checkRoles(roles, problems);
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        List<String> newRoles = roles == null ? current.roles() : List.copyOf(roles);
        boolean newEnabled = enabled == null ? current.enabled() : enabled;
        if (name.equals(by) && (!newEnabled || !newRoles.contains("ADMIN"))) {
            throw new RuleViolatedException("user.not-yourself", "An administrator cannot disable themselves or take "
                    + "away their own ADMIN role; ask another administrator.", "user.not-yourself");
        }
        Account changed = new Account(name, current.password(), newRoles, newEnabled, clock.instant(), by);
        mongo.save(changed);
        return changed;
    }

    /** A user changes their own password, naming the current one. */
    public void changePassword(String name, String currentPassword, String newPassword) {
        Account current = find(name).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !encoder.matches(currentPassword, current.password())) {
            problems.add(new FieldProblem("currentPassword", Flaw.WRONG_PASSWORD));
        }
        checkPassword(newPassword, name, "newPassword", problems);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        mongo.save(new Account(name, encoder.encode(newPassword), current.roles(), current.enabled(), clock.instant(),
                name));
    }

    private static void checkPassword(String password, String name, String field, List<FieldProblem> problems) {
        if (password == null || password.codePointCount(0, password.length()) < SHORTEST_PASSWORD) {
            problems.add(new FieldProblem(field, Flaw.PASSWORD_TOO_SHORT, SHORTEST_PASSWORD));
        } else if (password.length() > LONGEST_PASSWORD) {
            problems.add(new FieldProblem(field, Flaw.TOO_LONG, LONGEST_PASSWORD));
        } else if (name != null && password.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
            problems.add(new FieldProblem(field, Flaw.PASSWORD_HOLDS_NAME));
        }
    }

    private static void checkRoles(List<String> roles, List<FieldProblem> problems) {
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("roles", Flaw.NO_ROLE));
        } else if (!ROLES.containsAll(roles)) {
            problems.add(new FieldProblem("roles", Flaw.ONE_OF, String.join(", ", ROLES)));
        }
    }

    private static Listed listed(Account account, String source) {
        return new Listed(account.name(), account.roles(), account.enabled(), source, account.changedAt(),
                account.changedBy());
    }
}
