package dk.holbaek.experiments.core.external.api;

/** The events of an experience from elsewhere. */
public sealed interface ExternalExperienceEvent permits ExternalExperienceRecorded, ExternalExperienceCorrected,
        ExternalExperienceWithdrawn {

    String experienceId();
}
