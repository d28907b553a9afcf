package dk.holbaek.experiments.core.council;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import dk.holbaek.experiments.core.common.Checks;
import dk.holbaek.experiments.core.common.Limits;
import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;
import dk.holbaek.experiments.core.council.api.InvolvementForm;

/** What a council involvement may hold, for a command and for an event brought in from elsewhere alike. */
public final class CouncilContent {

    private CouncilContent() {
    }

    /** {@code registered}: whether an experiment of that id is registered. */
    static Checks checks(LocalDate occurredOn, InvolvementForm form, String topic, List<String> experimentIds,
                         ProgrammePeriod period, Predicate<String> registered) {
        Checks checks = new Checks()
                .date(occurredOn, "occurredOn", period, true, true)
                .require(form != null, "form", "must be given")
                .shortText(topic, "topic", true)
                .distinctIdentifiers(experimentIds, "experimentIds");
        if (experimentIds.size() <= Limits.REFERENCES) {
            for (int i = 0; i < experimentIds.size(); i++) {
                String experimentId = experimentIds.get(i);
                checks.require(experimentId == null || experimentId.length() > Limits.IDENTIFIER
                        || registered.test(experimentId), "experimentIds[" + i + "]", "is not a registered experiment");
            }
        }
        return checks;
    }

    public static void check(CouncilInvolvementRecorded event, ProgrammePeriod period, Predicate<String> registered) {
        checks(event.occurredOn(), event.form(), event.topic(),
                event.experimentIds() == null ? List.of() : event.experimentIds(), period, registered)
                .identifier(event.involvementId(), "involvementId")
                .throwIfAny();
    }
}
