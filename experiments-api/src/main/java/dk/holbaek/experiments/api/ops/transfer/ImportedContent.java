package dk.holbaek.experiments.api.ops.transfer;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The rules an imported event meets besides its form: the content rules of the command that records it, with the
 * experiments registered and the learnings recorded earlier in the file, and the moments its timestamp may lie
 * between. The core's rules, wired in by the configuration.
 */
public interface ImportedContent {

    /** Throws the core's {@code InvalidCommandException} naming every bad field. */
    void check(Object payload, Set<String> experiments, Map<String, String> learningExperiments);

    /** The start of the programme's first day: nothing was recorded before it. */
    Instant earliestTimestamp();

    /** Now: nothing was recorded later. */
    Instant now();
}
