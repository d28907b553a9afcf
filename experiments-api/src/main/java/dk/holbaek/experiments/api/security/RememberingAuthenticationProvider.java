package dk.holbaek.experiments.api.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a password with the full (deliberately slow) hash only the first time in a while: a successful check is
 * remembered as an HMAC of the password under a key that lives only in this process, so a client that sends
 * hundreds of requests a minute pays one bcrypt, not hundreds. A wrong password is always checked in full, and a
 * remembered login is used only while its user's account reads as it did (a disabled user, a changed role or a
 * changed password is checked in full at the next request).
 */
class RememberingAuthenticationProvider implements AuthenticationProvider {

    private record Verified(byte[] passwordMac, Authentication authentication, Instant until, Object account) {
    }

    private final AuthenticationProvider delegate;
    private final Clock clock;
    private final Duration ttl;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /**
     * The user's account as it stands (password hash, roles, whether it may log in); a remembered login holds only
     * while it reads the same as when the password was checked.
     */
    private final Function<String, Object> account;

    RememberingAuthenticationProvider(AuthenticationProvider delegate, Clock clock, Duration ttl,
                                      Function<String, Object> account) {
        this.delegate = delegate;
        this.account = account;
        this.clock = clock;
        this.ttl = ttl;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            return delegate.authenticate(authentication);
        }
        byte[] mac = mac(name, credentials.toString());
        Instant now = clock.instant();
        Verified known = verified.get(name);
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.passwordMac(), mac)) {
            if (Objects.equals(known.account(), account.apply(name))) {
                return known.authentication();
            }
            verified.remove(name);
        }
        Object checkedAgainst = account.apply(name);
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            verified.put(name, new Verified(mac, result, now.plus(ttl), checkedAgainst));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] mac(String name, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(name.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
