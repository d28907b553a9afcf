package dk.holbaek.experiments.api.security;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A login stays good only while its user may log in with the roles it had: at every request of a dashboard session
 * (and of a remembered API login), the account is read again, and a user an administrator disabled, removed or gave
 * other roles is logged out at once. The session ends; the page asks for a new login.
 */
class AccountCheck extends OncePerRequestFilter {

    private final UserAccounts accounts;

    AccountCheck(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * Whether the login's user still exists, may log in, and has exactly the login's roles (its other authorities,
     * such as the factor it logged in with, are not roles).
     */
    boolean stillValid(Authentication login) {
        Set<String> granted = login.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).collect(Collectors.toSet());
        return accounts.find(login.getName())
                .filter(UserAccounts.Account::enabled)
                .map(account -> account.roles().stream().map(role -> "ROLE_" + role).collect(Collectors.toSet()))
                .filter(granted::equals)
                .isPresent();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login != null && login.isAuthenticated() && !(login instanceof AnonymousAuthenticationToken)
                && !stillValid(login)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
