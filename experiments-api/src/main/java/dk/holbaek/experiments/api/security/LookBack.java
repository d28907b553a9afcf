package dk.holbaek.experiments.api.security;

import org.springframework.security.access.AccessDeniedException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may see the programme as it stood at a past moment ({@code asOf}): analysts and administrators. The steering
 * group sees it as it stands. The views, the report and the dashboard ask here, so the rule is written once.
 */
public final class LookBack {

    private LookBack() {
    }

    public static boolean mayLookBack(HttpServletRequest request) {
        return Access.LOOK_BACK.grantedTo(request);
    }

    /** Refuses with 403 a request for a past moment ({@code asOf} given) from somebody who may not look back. */
    public static void requireMayLookBack(Object asOf, HttpServletRequest request, String refusal) {
        if (asOf != null && !mayLookBack(request)) {
            throw new AccessDeniedException(refusal);
        }
    }
}
