package dk.holbaek.experiments.api.http.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.http.experiment.Versions;
import dk.holbaek.experiments.core.recommendation.api.AdoptRecommendation;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.RecordRecommendation;

/** Recommendations to the city council, resting on recorded learnings, and their adoption. */
@RestController
@RequestMapping("/api/recommendations")
class RecommendationController {

    record Recommendation(String title, String text, List<String> basedOnLearnings) {
    }

    record Adoption(LocalDate adoptedOn, AdoptingBody adoptedBy) {
    }

    private final CommandGateway commands;

    RecommendationController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> record(@RequestBody Recommendation body) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordRecommendation(id, body.title(), body.text(), body.basedOnLearnings()));
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
