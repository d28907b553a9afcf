package dk.holbaek.experiments.api.pages;

import java.time.LocalDate;

/**
 * The programme's days and its commands' content rules, as the pages need them; the wiring ({@code config}) gives
 * them from the configured period and the core's rules.
 */
public interface ProgrammeDays {

    LocalDate first();

    LocalDate last();

    /** Today in Denmark. */
    LocalDate today();

    /** Throws the core's {@code InvalidCommandException} naming every bad field the command's content rules find. */
    void checkContent(Object command);
}
