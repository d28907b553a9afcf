package dk.holbaek.experiments.core.external;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import dk.holbaek.experiments.core.common.Checks;
import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.common.Versions;
import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.external.api.CorrectExternalExperience;
import dk.holbaek.experiments.core.external.api.ExternalExperienceCorrected;
import dk.holbaek.experiments.core.external.api.ExternalExperienceRecorded;
import dk.holbaek.experiments.core.external.api.ExternalExperienceWithdrawn;
import dk.holbaek.experiments.core.external.api.RecordExternalExperience;
import dk.holbaek.experiments.core.external.api.WithdrawExternalExperience;
import dk.holbaek.experiments.core.programme.ProgrammeDirectory;

/**
 * One experience gathered from elsewhere. It can be corrected (its full new version and a reason, under the same
 * rules) or withdrawn as recorded by mistake; nothing withdrawn changes again.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class ExternalExperience {

    @AggregateIdentifier
    private String experienceId;
    private ExternalExperienceRecorded current;
    private boolean withdrawn;

    ExternalExperience() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    ExternalExperience(RecordExternalExperience command, ProgrammeDirectory directory, ProgrammePeriod period) {
        apply(recorded(command, command.experienceId(), directory, period));
    }

    @CommandHandler
    void handle(CorrectExternalExperience command, ProgrammeDirectory directory, ProgrammePeriod period) {
        Versions.requireExpected(experienceId, command.expectedVersion());
        List<FieldProblem> problems = new ArrayList<>();
        ExternalExperienceRecorded corrected = null;
        try {
            corrected = command.corrected() == null ? null
                    : recorded(command.corrected(), experienceId, directory, period);
        } catch (InvalidCommandException e) {
            problems.addAll(e.problems());
        }
        try {
            new Checks().require(command.corrected() != null, "corrected", Flaw.GIVEN)
                    .longText(command.reason(), "reason", true).throwIfAny();
        } catch (InvalidCommandException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        requireNotWithdrawn();
        if (!corrected.equals(current)) {
            apply(new ExternalExperienceCorrected(experienceId, corrected, command.reason().strip()));
        }
    }

    @CommandHandler
    void handle(WithdrawExternalExperience command) {
        Versions.requireExpected(experienceId, command.expectedVersion());
        new Checks().longText(command.reason(), "reason", true).throwIfAny();
        requireNotWithdrawn();
        apply(new ExternalExperienceWithdrawn(experienceId, command.reason().strip()));
    }

    private static ExternalExperienceRecorded recorded(RecordExternalExperience command, String experienceId,
                                                       ProgrammeDirectory directory, ProgrammePeriod period) {
        List<String> experimentIds = ExternalContent.ids(command.experimentIds());
        ExternalContent.checks(command.title(), command.place(), command.country(), command.method(), command.link(),
                command.learned(), experimentIds, command.recordedOn(), period, directory::experimentExists)
                .throwIfAny();
        return new ExternalExperienceRecorded(experienceId, command.title().strip(), command.place().strip(),
                command.country().strip(), blankAsNull(command.method()), blankAsNull(command.link()),
                command.learned().strip(), List.copyOf(experimentIds), command.recordedOn());
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new RuleViolatedException("external-experience.withdrawn", "This experience from elsewhere was "
                    + "withdrawn as recorded by mistake; it cannot be corrected or withdrawn again.");
        }
    }

    @EventSourcingHandler
    void on(ExternalExperienceRecorded event) {
        experienceId = event.experienceId();
        current = event;
    }

    @EventSourcingHandler
    void on(ExternalExperienceCorrected event) {
        current = event.corrected();
    }

    @EventSourcingHandler
    void on(ExternalExperienceWithdrawn event) {
        withdrawn = true;
    }
}
