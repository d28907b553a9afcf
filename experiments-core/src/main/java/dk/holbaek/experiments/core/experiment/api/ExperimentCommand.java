package dk.holbaek.experiments.core.experiment.api;

/** The commands that an experiment decides on. */
public sealed interface ExperimentCommand permits RegisterExperiment, ApproveExperiment, StartExperiment,
        ConcludeExperiment, CancelExperiment, LogActivity, RecordLearning, RecordInitiative, CorrectRegistration,
        CorrectApproval, CorrectStart, CorrectConclusion, CorrectCancellation, CorrectActivity, CorrectLearning,
        CorrectInitiative, WithdrawExperiment, WithdrawActivity, WithdrawLearning, WithdrawInitiative {

    String experimentId();
}
