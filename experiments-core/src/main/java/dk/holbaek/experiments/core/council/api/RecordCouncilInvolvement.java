package dk.holbaek.experiments.core.council.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The city council was involved in the programme, e.g. at a theme meeting; the mandate asks for twice a year.
 * {@code localAreaDialogueProposal}: on this occasion the council received the programme's proposal on dialogue with
 * the local areas, which the mandate asks for before the 2014 summer holiday.
 */
public record RecordCouncilInvolvement(
        @TargetAggregateIdentifier String involvementId,
        LocalDate occurredOn,
        InvolvementForm form,
        String topic,
        List<String> experimentIds,
        boolean localAreaDialogueProposal) {
}
