package dk.holbaek.experiments.query.programme;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One experience from elsewhere, as last recorded or corrected; {@code withdrawn}: recorded by mistake. */
@Document("view_external_experiences")
public record ExternalExperienceRow(@Id String id, String eventId, String title, String place, String country,
                                    String method, String link, String learned, List<String> experimentIds,
                                    LocalDate recordedOn, boolean withdrawn) implements Row {

    static ExternalExperienceRow withdrawn(String id, String eventId) {
        return new ExternalExperienceRow(id, eventId, null, null, null, null, null, null, List.of(), null, true);
    }
}
