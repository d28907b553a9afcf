package dk.holbaek.experiments.core.external.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/** An experience from elsewhere, recorded by staff on {@code recordedOn}. */
@Revision("1")
public record ExternalExperienceRecorded(
        String experienceId,
        String title,
        String place,
        String country,
        String method,
        String link,
        String learned,
        List<String> experimentIds,
        LocalDate recordedOn) implements ExternalExperienceEvent {
}
