package dk.holbaek.experiments.api.security;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may do what: the one place that decides it, for the API and the pages alike. The security filter chains, the
 * controllers and the templates ask here; {@code docs/api.md} shows the same matrix.
 */
public enum Access {

    /** Send commands: register, record, correct and withdraw; the forms. */
    RECORD("STAFF", "ADMIN"),
    /** Read experiments, council involvements, recommendations, the views, search and comparison as they stand now. */
    READ("STAFF", "STEERING", "ANALYST", "ADMIN"),
    /** Read the experience report as it stands now. */
    READ_REPORT("STEERING", "ANALYST", "ADMIN"),
    /** See the programme, its views and its report as they stood at a past moment ({@code asOf}). */
    LOOK_BACK("ANALYST", "ADMIN"),
    /** Read single events, the open-data exports and the API description. */
    READ_EVENTS("ANALYST", "ADMIN"),
    /** Rebuild the views, back up, import and export the log, manage users, read the metrics. */
    ADMINISTER("ADMIN");

    private final String[] roles;

    Access(String... roles) {
        this.roles = roles;
    }

    /** The roles granted this, as Spring Security names them without the {@code ROLE_} prefix. */
    public String[] roles() {
        return roles.clone();
    }

    public boolean grantedTo(HttpServletRequest request) {
        return Arrays.stream(roles).anyMatch(request::isUserInRole);
    }
}
