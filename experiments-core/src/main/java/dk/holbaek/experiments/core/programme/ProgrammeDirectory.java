package dk.holbaek.experiments.core.programme;

import java.util.Optional;

/**
 * What other aggregates need to know about experiments before they decide: which experiments exist and which
 * experiment a learning belongs to. Kept up to date by {@link ProgrammeDirectoryUpdater} as the events are stored.
 */
public interface ProgrammeDirectory {

    boolean experimentExists(String experimentId);

    /** The experiment the learning was recorded on, or empty when no such learning was recorded. */
    Optional<String> experimentOfLearning(String learningId);
}
