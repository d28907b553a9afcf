package dk.holbaek.experiments.core.council.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CouncilInvolvementRecorded(
        String involvementId,
        LocalDate occurredOn,
        InvolvementForm form,
        String topic,
        List<String> experimentIds) {
}
