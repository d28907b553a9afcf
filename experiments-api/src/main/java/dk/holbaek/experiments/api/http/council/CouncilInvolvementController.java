package dk.holbaek.experiments.api.http.council;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.http.experiment.Versions;
import dk.holbaek.experiments.api.problem.NotFoundException;
import dk.holbaek.experiments.core.council.api.CorrectCouncilInvolvement;
import dk.holbaek.experiments.core.council.api.InvolvementForm;
import dk.holbaek.experiments.core.council.api.RecordCouncilInvolvement;
import dk.holbaek.experiments.core.council.api.WithdrawCouncilInvolvement;
import dk.holbaek.experiments.query.programme.CouncilInvolvementRow;
import dk.holbaek.experiments.query.programme.ProgrammeSource;
import dk.holbaek.experiments.query.record.RecordReader;

/**
 * The occasions on which the city council was involved (the mandate asks for at least two a year): recorded,
 * corrected, withdrawn and read.
 */
@RestController
@RequestMapping("/api/council-involvements")
class CouncilInvolvementController {

    record Involvement(LocalDate occurredOn, InvolvementForm form, String topic, List<String> experimentIds,
                       Boolean localAreaDialogueProposal) {
    }

    /** A correction: the involvement's full new version and why. */
    record Correction(LocalDate occurredOn, InvolvementForm form, String topic, List<String> experimentIds,
                      Boolean localAreaDialogueProposal, String reason) {
    }

    record Withdrawal(String reason) {
    }

    /** One involvement in the list: what the views count. */
    record Listed(String id, LocalDate occurredOn, InvolvementForm form, String topic, List<String> experimentIds,
                  boolean localAreaDialogueProposal) {
    }

    private final CommandGateway commands;
    private final ProgrammeSource programme;
    private final RecordReader records;

    CouncilInvolvementController(CommandGateway commands, ProgrammeSource programme, RecordReader records) {
        this.commands = commands;
        this.programme = programme;
        this.records = records;
    }

    /** Every involvement that counts (none withdrawn), from the read model. */
    @GetMapping
    List<Listed> list() {
        return programme.live().councilInvolvements().stream()
                .sorted(Comparator.comparing(CouncilInvolvementRow::occurredOn).thenComparing(CouncilInvolvementRow::id))
                .map(row -> new Listed(row.id(), row.occurredOn(), row.form(), row.topic(), row.experimentIds(),
                        row.localAreaDialogueProposal()))
                .toList();
    }

    /** One involvement as it stands, with its whole history, read from its own events (also when withdrawn). */
    @GetMapping("/{id}")
    ResponseEntity<RecordReader.CouncilInvolvementDetail> detail(@PathVariable String id) {
        RecordReader.CouncilInvolvementDetail detail = records.councilInvolvement(id)
                .orElseThrow(() -> NotFoundException.noRecord(id));
        return ResponseEntity.ok().eTag(Versions.etag(detail.version())).body(detail);
    }

    @PostMapping("/{id}/correction")
    Map<String, String> correct(@PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @RequestBody Correction body) {
        commands.sendAndWait(new CorrectCouncilInvolvement(id, Versions.fromIfMatch(ifMatch),
                new RecordCouncilInvolvement(id, body.occurredOn(), body.form(), body.topic(), body.experimentIds(),
                        Boolean.TRUE.equals(body.localAreaDialogueProposal())), body.reason()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/withdrawal")
    Map<String, String> withdraw(@PathVariable String id,
                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                 @RequestBody Withdrawal body) {
        commands.sendAndWait(new WithdrawCouncilInvolvement(id, Versions.fromIfMatch(ifMatch), body.reason()));
        return Map.of("id", id);
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
