package dk.holbaek.experiments.core.council;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;
import dk.holbaek.experiments.core.council.api.RecordCouncilInvolvement;
import dk.holbaek.experiments.core.programme.ProgrammeDirectory;

/** One occasion on which the city council was involved in the programme. */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class CouncilInvolvement {

    @AggregateIdentifier
    private String involvementId;

    CouncilInvolvement() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    CouncilInvolvement(RecordCouncilInvolvement command, ProgrammeDirectory directory, ProgrammePeriod period) {
        List<String> experimentIds = command.experimentIds() == null ? List.of() : command.experimentIds();
        CouncilContent.checks(command.occurredOn(), command.form(), command.topic(), experimentIds, period,
                directory::experimentExists).throwIfAny();
        apply(new CouncilInvolvementRecorded(command.involvementId(), command.occurredOn(), command.form(),
                command.topic().strip(), List.copyOf(experimentIds), command.localAreaDialogueProposal()));
    }

    @EventSourcingHandler
    void on(CouncilInvolvementRecorded event) {
        involvementId = event.involvementId();
    }
}
