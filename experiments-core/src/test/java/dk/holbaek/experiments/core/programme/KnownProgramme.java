package dk.holbaek.experiments.core.programme;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A programme directory for aggregate tests: it knows what the test tells it. */
public class KnownProgramme implements ProgrammeDirectory {

    private final Set<String> experiments = new HashSet<>();
    private final Map<String, String> learnings = new HashMap<>();

    public KnownProgramme experiment(String experimentId) {
        experiments.add(experimentId);
        return this;
    }

    public KnownProgramme learning(String learningId, String experimentId) {
        experiment(experimentId);
        learnings.put(learningId, experimentId);
        return this;
    }

    private final Set<String> cited = new HashSet<>();

    public KnownProgramme cited(String learningId) {
        cited.add(learningId);
        return this;
    }

    @Override
    public boolean learningCited(String learningId) {
        return cited.contains(learningId);
    }

    @Override
    public boolean experimentExists(String experimentId) {
        return experiments.contains(experimentId);
    }

    @Override
    public Optional<String> experimentOfLearning(String learningId) {
        return Optional.ofNullable(learnings.get(learningId));
    }
}
