package dk.holbaek.experiments.api.http.external;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.http.Paging;
import dk.holbaek.experiments.api.http.experiment.Versions;
import dk.holbaek.experiments.api.problem.NotFoundException;
import dk.holbaek.experiments.core.external.api.CorrectExternalExperience;
import dk.holbaek.experiments.core.external.api.RecordExternalExperience;
import dk.holbaek.experiments.core.external.api.WithdrawExternalExperience;
import dk.holbaek.experiments.query.programme.ExternalExperienceRow;
import dk.holbaek.experiments.query.programme.ProgrammeSource;
import dk.holbaek.experiments.query.record.RecordReader;

/**
 * Experience of dialogue, collaboration and local democracy gathered from elsewhere, at home or abroad (the mandate
 * asks for it): recorded, corrected, withdrawn and read. The report gives them a chapter of their own.
 */
@RestController
@RequestMapping("/api/external-experiences")
class ExternalExperienceController {

    record Experience(String title, String place, String country, String method, String link, String learned,
                      List<String> experimentIds, LocalDate recordedOn) {
    }

    /** A correction: the experience's full new version and why. */
    record Correction(String title, String place, String country, String method, String link, String learned,
                      List<String> experimentIds, LocalDate recordedOn, String reason) {
    }

    record Withdrawal(String reason) {
    }

    /** One experience in the list: what the report shows. */
    record Listed(String id, String title, String place, String country, String method, String link, String learned,
                  List<String> experimentIds, LocalDate recordedOn) {
    }

    private final CommandGateway commands;
    private final ProgrammeSource programme;
    private final RecordReader records;

    ExternalExperienceController(CommandGateway commands, ProgrammeSource programme, RecordReader records) {
        this.commands = commands;
        this.programme = programme;
        this.records = records;
    }

    /** Every experience that counts (none withdrawn), newest first, from the read model; paged as the other lists. */
    @GetMapping
    ResponseEntity<List<Listed>> list(@RequestParam(required = false) String page,
                                      @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        return paging.answer(programme.live().externalExperiences().stream()
                .sorted(Comparator.comparing(ExternalExperienceRow::recordedOn).reversed()
                        .thenComparing(ExternalExperienceRow::id))
                .map(row -> new Listed(row.id(), row.title(), row.place(), row.country(), row.method(), row.link(),
                        row.learned(), row.experimentIds(), row.recordedOn()))
                .toList());
    }

    /** One experience as it stands, with its whole history, read from its own events (also when withdrawn). */
    @GetMapping("/{id}")
    ResponseEntity<RecordReader.ExternalExperienceDetail> detail(@PathVariable String id) {
        RecordReader.ExternalExperienceDetail detail = records.externalExperience(id)
                .orElseThrow(() -> NotFoundException.noRecord(id));
        return ResponseEntity.ok().eTag(Versions.etag(detail.version())).body(detail);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> record(@RequestBody Experience body) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordExternalExperience(id, body.title(), body.place(), body.country(), body.method(),
                body.link(), body.learned(), body.experimentIds(), body.recordedOn()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/correction")
    Map<String, String> correct(@PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @RequestBody Correction body) {
        commands.sendAndWait(new CorrectExternalExperience(id, Versions.fromIfMatch(ifMatch),
                new RecordExternalExperience(id, body.title(), body.place(), body.country(), body.method(), body.link(),
                        body.learned(), body.experimentIds(), body.recordedOn()), body.reason()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/withdrawal")
    Map<String, String> withdraw(@PathVariable String id,
                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                 @RequestBody Withdrawal body) {
        commands.sendAndWait(new WithdrawExternalExperience(id, Versions.fromIfMatch(ifMatch), body.reason()));
        return Map.of("id", id);
    }
}
