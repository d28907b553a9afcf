package dk.holbaek.experiments.core.council;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import dk.holbaek.experiments.core.common.Checks;
import dk.holbaek.experiments.core.common.Limits;
import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.core.council.api.CorrectCouncilInvolvement;
import dk.holbaek.experiments.core.council.api.CouncilEvent;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementCorrected;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementWithdrawn;
import dk.holbaek.experiments.core.council.api.RecordCouncilInvolvement;
import dk.holbaek.experiments.core.council.api.WithdrawCouncilInvolvement;
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
                .require(form != null, "form", Flaw.GIVEN)
                .shortText(topic, "topic", true)
                .distinctIdentifiers(experimentIds, "experimentIds");
        if (experimentIds.size() <= Limits.REFERENCES) {
            for (int i = 0; i < experimentIds.size(); i++) {
                String experimentId = experimentIds.get(i);
                checks.require(experimentId == null || experimentId.length() > Limits.IDENTIFIER
                        || registered.test(experimentId), "experimentIds[" + i + "]", Flaw.NOT_A_REGISTERED_EXPERIMENT);
            }
        }
        return checks;
    }

    /** A command's content by its rules, without asking which experiments exist; throws naming every bad field. */
    public static void checkCommand(Object command, ProgrammePeriod period) {
        if (command instanceof RecordCouncilInvolvement c) {
            command(c, period).throwIfAny();
        } else if (command instanceof CorrectCouncilInvolvement c) {
            (c.corrected() == null ? new Checks() : command(c.corrected(), period))
                    .longText(c.reason(), "reason", true).throwIfAny();
        } else if (command instanceof WithdrawCouncilInvolvement c) {
            new Checks().longText(c.reason(), "reason", true).throwIfAny();
        }
    }

    private static Checks command(RecordCouncilInvolvement c, ProgrammePeriod period) {
        return checks(c.occurredOn(), c.form(), c.topic(), c.experimentIds() == null ? List.of() : c.experimentIds(),
                period, id -> true);
    }

    /** A council involvement's event (recorded, corrected, withdrawn) by the rules of the command that records it. */
    public static void check(CouncilEvent event, ProgrammePeriod period, Predicate<String> registered) {
        if (event instanceof CouncilInvolvementRecorded e) {
            recorded(e, period, registered).throwIfAny();
        } else if (event instanceof CouncilInvolvementCorrected e) {
            Checks checks = e.corrected() == null || !event.involvementId().equals(e.corrected().involvementId())
                    ? new Checks().require(false, "corrected", Flaw.NOT_THE_CORRECTED_FACT)
                    : recorded(e.corrected(), period, registered);
            checks.longText(e.reason(), "reason", true).throwIfAny();
        } else if (event instanceof CouncilInvolvementWithdrawn e) {
            new Checks().identifier(e.involvementId(), "involvementId").longText(e.reason(), "reason", true).throwIfAny();
        }
    }

    private static Checks recorded(CouncilInvolvementRecorded event, ProgrammePeriod period, Predicate<String> registered) {
        return checks(event.occurredOn(), event.form(), event.topic(),
                event.experimentIds() == null ? List.of() : event.experimentIds(), period, registered)
                .identifier(event.involvementId(), "involvementId");
    }
}
