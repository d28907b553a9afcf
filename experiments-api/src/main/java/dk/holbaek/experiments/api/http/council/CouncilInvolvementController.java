package dk.holbaek.experiments.api.http.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.core.council.api.InvolvementForm;
import dk.holbaek.experiments.core.council.api.RecordCouncilInvolvement;

/** Records the occasions on which the city council was involved (the mandate asks for at least two a year). */
@RestController
@RequestMapping("/api/council-involvements")
class CouncilInvolvementController {

    record Involvement(LocalDate occurredOn, InvolvementForm form, String topic, List<String> experimentIds,
                       Boolean localAreaDialogueProposal) {
    }

    private final CommandGateway commands;

    CouncilInvolvementController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> record(@RequestBody Involvement body) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordCouncilInvolvement(id, body.occurredOn(), body.form(), body.topic(),
                body.experimentIds(), Boolean.TRUE.equals(body.localAreaDialogueProposal())));
        return Map.of("id", id);
    }
}
