package dk.holbaek.experiments.core.experiment.api;

/** The events in an experiment's history. */
public sealed interface ExperimentEvent permits ExperimentRegistered, ExperimentApproved, ExperimentStarted,
        ExperimentConcluded, ExperimentCancelled, ActivityLogged, LearningRecorded, InitiativeRecorded,
        RegistrationCorrected, ApprovalCorrected, StartCorrected, ConclusionCorrected, CancellationCorrected,
        ActivityCorrected, LearningCorrected, InitiativeCorrected, ExperimentWithdrawn, ActivityWithdrawn,
        LearningWithdrawn, InitiativeWithdrawn {

    String experimentId();
}
