package dk.holbaek.experiments.core.programme;

import java.util.Optional;

/**
 * What other aggregates need to know about experiments before they decide: which experiments exist (and are not
 * withdrawn), which experiment a learning belongs to, and which learnings a recommendation rests on. Kept up to date by {@link ProgrammeDirectoryUpdater} as the events are stored.
 */
public interface ProgrammeDirectory {

    boolean experimentExists(String experimentId);

    /** The experiment the learning was recorded on, or empty when no such learning was recorded (or it was withdrawn). */
    Optional<String> experimentOfLearning(String learningId);

    /** Whether a recommendation rests on the learning. */
    boolean learningCited(String learningId);
}
