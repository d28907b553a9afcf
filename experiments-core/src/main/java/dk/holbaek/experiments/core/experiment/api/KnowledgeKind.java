package dk.holbaek.experiments.core.experiment.api;

/** What council members learned about citizens and businesses (criterion 1). */
public enum KnowledgeKind {
    ATTITUDES, MOTIVES, EXPERIENCES, WISHES, NEEDS
}
