package dk.holbaek.experiments.api.http.recommendation;

import java.math.BigDecimal;
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
import dk.holbaek.experiments.core.recommendation.api.AdoptRecommendation;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.CorrectAdoption;
import dk.holbaek.experiments.core.recommendation.api.CorrectRecommendation;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecordRecommendation;
import dk.holbaek.experiments.core.recommendation.api.WithdrawRecommendation;
import dk.holbaek.experiments.query.programme.ProgrammeSource;
import dk.holbaek.experiments.query.programme.RecommendationRow;
import dk.holbaek.experiments.query.record.RecordReader;

/** Recommendations to the city council, resting on recorded learnings, and their adoption: recorded, corrected, withdrawn, read. */
@RestController
@RequestMapping("/api/recommendations")
class RecommendationController {

    /** {@code economicConsequenceDkk}: per year, a saving as a negative amount. */
    record Recommendation(String title, String text, List<String> basedOnLearnings, String rationale,
                          BigDecimal economicConsequenceDkk, String owner, LocalDate implementBy) {
    }

    record Adoption(LocalDate adoptedOn, AdoptingBody adoptedBy) {
    }

    /** A correction: the recommendation's full new version (title, text, learnings) and why. */
    record Correction(String title, String text, List<String> basedOnLearnings, String rationale,
                      BigDecimal economicConsequenceDkk, String owner, LocalDate implementBy, String reason) {
    }

    /** A corrected adoption: which body, its corrected date, and why. */
    record AdoptionCorrection(LocalDate adoptedOn, AdoptingBody adoptedBy, String reason) {
    }

    record Withdrawal(String reason) {
    }

    /** One recommendation in the list: what the report counts. */
    record Listed(String id, String title, List<LearningReference> basedOnLearnings, Map<AdoptingBody, LocalDate> adoptions) {
    }

    private final CommandGateway commands;
    private final ProgrammeSource programme;
    private final RecordReader records;

    RecommendationController(CommandGateway commands, ProgrammeSource programme, RecordReader records) {
        this.commands = commands;
        this.programme = programme;
        this.records = records;
    }

    /** Every recommendation that counts (none withdrawn), from the read model. */
    @GetMapping
    List<Listed> list() {
        return programme.live().recommendations().stream()
                .sorted(Comparator.comparing(RecommendationRow::title).thenComparing(RecommendationRow::id))
                .map(row -> new Listed(row.id(), row.title(), row.basedOnLearnings(), row.adoptions()))
                .toList();
    }

    /** One recommendation as it stands, with its adoptions and whole history, read from its own events. */
    @GetMapping("/{id}")
    ResponseEntity<RecordReader.RecommendationDetail> detail(@PathVariable String id) {
        RecordReader.RecommendationDetail detail = records.recommendation(id)
                .orElseThrow(() -> NotFoundException.noRecord(id));
        return ResponseEntity.ok().eTag(Versions.etag(detail.version())).body(detail);
    }

    @PostMapping("/{id}/correction")
    Map<String, String> correct(@PathVariable String id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @RequestBody Correction body) {
        commands.sendAndWait(new CorrectRecommendation(id, Versions.fromIfMatch(ifMatch),
                new RecordRecommendation(id, body.title(), body.text(), body.basedOnLearnings(), body.rationale(),
                        body.economicConsequenceDkk(), body.owner(), body.implementBy()), body.reason()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/withdrawal")
    Map<String, String> withdraw(@PathVariable String id,
                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                 @RequestBody Withdrawal body) {
        commands.sendAndWait(new WithdrawRecommendation(id, Versions.fromIfMatch(ifMatch), body.reason()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/adoption/correction")
    Map<String, String> correctAdoption(@PathVariable String id,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @RequestBody AdoptionCorrection body) {
        commands.sendAndWait(new CorrectAdoption(id, Versions.fromIfMatch(ifMatch),
                new AdoptRecommendation(id, null, body.adoptedOn(), body.adoptedBy()), body.reason()));
        return Map.of("id", id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> record(@RequestBody Recommendation body) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordRecommendation(id, body.title(), body.text(), body.basedOnLearnings(),
                body.rationale(), body.economicConsequenceDkk(), body.owner(), body.implementBy()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/adoption")
    Map<String, String> adopt(@PathVariable String id,
                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                              @RequestBody Adoption body) {
        commands.sendAndWait(new AdoptRecommendation(id, Versions.fromIfMatch(ifMatch), body.adoptedOn(), body.adoptedBy()));
        return Map.of("id", id);
    }
}
