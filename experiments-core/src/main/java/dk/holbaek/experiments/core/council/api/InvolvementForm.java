package dk.holbaek.experiments.core.council.api;

/** How the city council was involved. */
public enum InvolvementForm {
    THEME_MEETING, COUNCIL_MEETING, COMMITTEE_MEETING, BRIEFING
}
