package dk.holbaek.experiments.core.external;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import dk.holbaek.experiments.core.common.Checks;
import dk.holbaek.experiments.core.common.Limits;
import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.core.external.api.CorrectExternalExperience;
import dk.holbaek.experiments.core.external.api.ExternalExperienceCorrected;
import dk.holbaek.experiments.core.external.api.ExternalExperienceEvent;
import dk.holbaek.experiments.core.external.api.ExternalExperienceRecorded;
import dk.holbaek.experiments.core.external.api.ExternalExperienceWithdrawn;
import dk.holbaek.experiments.core.external.api.RecordExternalExperience;
import dk.holbaek.experiments.core.external.api.WithdrawExternalExperience;

/** What an experience from elsewhere may hold, for a command and for an event brought in from elsewhere alike. */
public final class ExternalContent {

    private ExternalContent() {
    }

    /** {@code registered}: whether an experiment of that id is registered. */
    static Checks checks(String title, String place, String country, String method, String link, String learned,
                         List<String> experimentIds, LocalDate recordedOn, ProgrammePeriod period,
                         Predicate<String> registered) {
        Checks checks = new Checks()
                .shortText(title, "title", true)
                .shortText(place, "place", true)
                .shortText(country, "country", true)
                .shortText(method, "method", false)
                .link(link, "link")
                .longText(learned, "learned", true)
                .distinctIdentifiers(experimentIds, "experimentIds")
                .date(recordedOn, "recordedOn", period, true, true);
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
        if (command instanceof RecordExternalExperience c) {
            command(c, period).throwIfAny();
        } else if (command instanceof CorrectExternalExperience c) {
            (c.corrected() == null ? new Checks() : command(c.corrected(), period)).longText(c.reason(), "reason", true)
                    .throwIfAny();
        } else if (command instanceof WithdrawExternalExperience c) {
            new Checks().longText(c.reason(), "reason", true).throwIfAny();
        }
    }

    private static Checks command(RecordExternalExperience c, ProgrammePeriod period) {
        return checks(c.title(), c.place(), c.country(), c.method(), c.link(), c.learned(), ids(c.experimentIds()),
                c.recordedOn(), period, id -> true);
    }

    /** An experience's event (recorded, corrected, withdrawn) by the rules of the command that records it. */
    public static void check(ExternalExperienceEvent event, ProgrammePeriod period, Predicate<String> registered) {
        if (event instanceof ExternalExperienceRecorded e) {
            recorded(e, period, registered).throwIfAny();
        } else if (event instanceof ExternalExperienceCorrected e) {
            Checks checks = e.corrected() == null || !event.experienceId().equals(e.corrected().experienceId())
                    ? new Checks().require(false, "corrected", Flaw.NOT_THE_CORRECTED_FACT)
                    : recorded(e.corrected(), period, registered);
            checks.longText(e.reason(), "reason", true).throwIfAny();
        } else if (event instanceof ExternalExperienceWithdrawn e) {
            new Checks().identifier(e.experienceId(), "experienceId").longText(e.reason(), "reason", true).throwIfAny();
        }
    }

    private static Checks recorded(ExternalExperienceRecorded e, ProgrammePeriod period, Predicate<String> registered) {
        return checks(e.title(), e.place(), e.country(), e.method(), e.link(), e.learned(), ids(e.experimentIds()),
                e.recordedOn(), period, registered)
                .identifier(e.experienceId(), "experienceId");
    }

    static List<String> ids(List<String> experimentIds) {
        return experimentIds == null ? List.of() : experimentIds;
    }
}
