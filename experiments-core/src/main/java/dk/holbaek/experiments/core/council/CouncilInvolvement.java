package dk.holbaek.experiments.core.council;

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
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.council.api.CorrectCouncilInvolvement;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementCorrected;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementWithdrawn;
import dk.holbaek.experiments.core.council.api.RecordCouncilInvolvement;
import dk.holbaek.experiments.core.council.api.WithdrawCouncilInvolvement;
import dk.holbaek.experiments.core.programme.ProgrammeDirectory;

/**
 * One occasion on which the city council was involved in the programme. It can be corrected (its full new version
 * and a reason, under the same rules) or withdrawn as recorded by mistake; nothing withdrawn changes again.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class CouncilInvolvement {

    @AggregateIdentifier
    private String involvementId;
    private CouncilInvolvementRecorded current;
    private boolean withdrawn;

    CouncilInvolvement() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    CouncilInvolvement(RecordCouncilInvolvement command, ProgrammeDirectory directory, ProgrammePeriod period) {
        apply(recorded(command, command.involvementId(), directory, period));
    }

    @CommandHandler
    void handle(CorrectCouncilInvolvement command, ProgrammeDirectory directory, ProgrammePeriod period) {
        Versions.requireExpected(involvementId, command.expectedVersion());
        List<FieldProblem> problems = new ArrayList<>();
        CouncilInvolvementRecorded corrected = null;
        try {
            corrected = recorded(command.corrected(), involvementId, directory, period);
        } catch (InvalidCommandException e) {
            problems.addAll(e.problems());
        }
        try {
            new Checks().longText(command.reason(), "reason", true).throwIfAny();
        } catch (InvalidCommandException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidCommandException(problems);
        }
        requireNotWithdrawn();
        if (!corrected.equals(current)) {
            apply(new CouncilInvolvementCorrected(involvementId, corrected, command.reason().strip()));
        }
    }

    @CommandHandler
    void handle(WithdrawCouncilInvolvement command) {
        Versions.requireExpected(involvementId, command.expectedVersion());
        new Checks().longText(command.reason(), "reason", true).throwIfAny();
        requireNotWithdrawn();
        apply(new CouncilInvolvementWithdrawn(involvementId, command.reason().strip()));
    }

    private static CouncilInvolvementRecorded recorded(RecordCouncilInvolvement command, String involvementId,
                                                       ProgrammeDirectory directory, ProgrammePeriod period) {
        List<String> experimentIds = command.experimentIds() == null ? List.of() : command.experimentIds();
        CouncilContent.checks(command.occurredOn(), command.form(), command.topic(), experimentIds, period,
                directory::experimentExists).throwIfAny();
        return new CouncilInvolvementRecorded(involvementId, command.occurredOn(), command.form(),
                command.topic().strip(), List.copyOf(experimentIds), command.localAreaDialogueProposal());
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new RuleViolatedException("council-involvement.withdrawn", "This council involvement was withdrawn as "
                    + "recorded by mistake; it cannot be corrected or withdrawn again.");
        }
    }

    @EventSourcingHandler
    void on(CouncilInvolvementRecorded event) {
        involvementId = event.involvementId();
        current = event;
    }

    @EventSourcingHandler
    void on(CouncilInvolvementCorrected event) {
        current = event.corrected();
    }

    @EventSourcingHandler
    void on(CouncilInvolvementWithdrawn event) {
        withdrawn = true;
    }
}
