package dk.holbaek.experiments.core.recommendation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import dk.holbaek.experiments.core.common.Checks;
import dk.holbaek.experiments.core.common.Limits;
import dk.holbaek.experiments.core.common.ProgrammePeriod;
import dk.holbaek.experiments.core.common.Versions;
import dk.holbaek.experiments.core.common.api.EntryNotFoundException;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.core.programme.ProgrammeDirectory;
import dk.holbaek.experiments.core.recommendation.api.AdoptRecommendation;
import dk.holbaek.experiments.core.recommendation.api.AdoptingBody;
import dk.holbaek.experiments.core.recommendation.api.AdoptionCorrected;
import dk.holbaek.experiments.core.recommendation.api.CorrectAdoption;
import dk.holbaek.experiments.core.recommendation.api.CorrectRecommendation;
import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecommendationAdopted;
import dk.holbaek.experiments.core.recommendation.api.RecommendationCorrected;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;
import dk.holbaek.experiments.core.recommendation.api.RecommendationWithdrawn;
import dk.holbaek.experiments.core.recommendation.api.RecordRecommendation;
import dk.holbaek.experiments.core.recommendation.api.WithdrawRecommendation;

/**
 * A recommendation to the city council, resting on recorded learnings. The project committee adopts it to
 * put it before the council; the city council's own adoption is the final decision and cannot precede the
 * committee's.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Recommendation {

    @AggregateIdentifier
    private String recommendationId;
    private final Map<AdoptingBody, LocalDate> adoptions = new EnumMap<>(AdoptingBody.class);
    private RecommendationRecorded current;
    private boolean withdrawn;

    Recommendation() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Recommendation(RecordRecommendation command, ProgrammeDirectory directory, ProgrammePeriod period) {
        apply(recorded(command, command.recommendationId(), directory, period, null));
    }

    /** The recommendation a command records, resting on learnings the directory knows, or every bad field named. */
    private static RecommendationRecorded recorded(RecordRecommendation command, String recommendationId,
                                                   ProgrammeDirectory directory, ProgrammePeriod period, String reason) {
        List<String> learningIds = command.basedOnLearnings() == null ? List.of() : command.basedOnLearnings();
        Checks checks = RecommendationContent.substance(RecommendationContent.recorded(command.title(), command.text(),
                learningIds), command.rationale(), command.economicConsequenceDkk(), command.owner(),
                command.implementBy(), period);
        if (reason != null) {
            checks.longText(reason, "reason", true);
        }
        if (learningIds.size() > Limits.REFERENCES) {
            checks.throwIfAny();
        }
        List<LearningReference> references = new ArrayList<>();
        for (int i = 0; i < learningIds.size(); i++) {
            String learningId = learningIds.get(i);
            if (learningId == null || learningId.length() > Limits.IDENTIFIER) {
                continue;
            }
            Optional<String> experimentId = directory.experimentOfLearning(learningId);
            checks.require(experimentId.isPresent(), "basedOnLearnings[" + i + "]", Flaw.NOT_A_RECORDED_LEARNING);
            experimentId.map(experiment -> new LearningReference(learningId, experiment))
                    .filter(reference -> !references.contains(reference))
                    .ifPresent(references::add);
        }
        checks.throwIfAny();
        return new RecommendationRecorded(recommendationId, command.title().strip(), command.text().strip(), references,
                blankToNull(command.rationale()), command.economicConsequenceDkk(), blankToNull(command.owner()),
                command.implementBy());
    }

    @CommandHandler
    void handle(CorrectRecommendation command, ProgrammeDirectory directory, ProgrammePeriod period) {
        Versions.requireExpected(recommendationId, command.expectedVersion());
        RecommendationRecorded corrected = recorded(command.corrected(), recommendationId, directory, period,
                command.reason() == null ? "" : command.reason());
        requireNotWithdrawn();
        if (!corrected.equals(current)) {
            apply(new RecommendationCorrected(recommendationId, corrected, command.reason().strip()));
        }
    }

    @CommandHandler
    void handle(WithdrawRecommendation command) {
        Versions.requireExpected(recommendationId, command.expectedVersion());
        new Checks().longText(command.reason(), "reason", true).throwIfAny();
        requireNotWithdrawn();
        apply(new RecommendationWithdrawn(recommendationId, command.reason().strip()));
    }

    /** The date of one body's adoption corrected; the council still not before the committee. */
    @CommandHandler
    void handle(CorrectAdoption command, ProgrammePeriod period) {
        Versions.requireExpected(recommendationId, command.expectedVersion());
        AdoptRecommendation corrected = command.corrected();
        RecommendationContent.adopted(corrected.adoptedOn(), corrected.adoptedBy(), period)
                .longText(command.reason(), "reason", true).throwIfAny();
        requireNotWithdrawn();
        LocalDate before = adoptions.get(corrected.adoptedBy());
        if (before == null) {
            throw new EntryNotFoundException("No adoption by " + describe(corrected.adoptedBy())
                    + " is recorded on this recommendation.");
        }
        LocalDate committee = corrected.adoptedBy() == AdoptingBody.PROJECT_COMMITTEE ? corrected.adoptedOn()
                : adoptions.get(AdoptingBody.PROJECT_COMMITTEE);
        LocalDate council = corrected.adoptedBy() == AdoptingBody.CITY_COUNCIL ? corrected.adoptedOn()
                : adoptions.get(AdoptingBody.CITY_COUNCIL);
        if (committee != null && council != null && council.isBefore(committee)) {
            throw new RuleViolatedException("recommendation.council-after-committee", "Not possible: the city council's "
                    + "adoption (" + council + ") would lie before the project committee's (" + committee + ").",
                    "recommendation.council-after-committee.adoption-corrected", council, committee);
        }
        if (!corrected.adoptedOn().equals(before)) {
            apply(new AdoptionCorrected(recommendationId, new RecommendationAdopted(recommendationId,
                    corrected.adoptedOn(), corrected.adoptedBy()), command.reason().strip()));
        }
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw new RuleViolatedException("recommendation.withdrawn", "This recommendation was withdrawn as recorded "
                    + "by mistake; it cannot be adopted, corrected or withdrawn again.");
        }
    }

    @CommandHandler
    void handle(AdoptRecommendation command, ProgrammePeriod period) {
        Versions.requireExpected(recommendationId, command.expectedVersion());
        RecommendationContent.adopted(command.adoptedOn(), command.adoptedBy(), period).throwIfAny();
        requireNotWithdrawn();
        if (adoptions.containsKey(command.adoptedBy())) {
            throw new RuleViolatedException("recommendation.adopted-once-per-body",
                    "This recommendation was already adopted by " + describe(command.adoptedBy()) + " on "
                            + adoptions.get(command.adoptedBy()) + ".", "recommendation.adopted-once-per-body",
                    command.adoptedBy(), adoptions.get(command.adoptedBy()));
        }
        LocalDate committeeAdoption = adoptions.get(AdoptingBody.PROJECT_COMMITTEE);
        if (command.adoptedBy() == AdoptingBody.CITY_COUNCIL && committeeAdoption != null
                && command.adoptedOn().isBefore(committeeAdoption)) {
            throw new RuleViolatedException("recommendation.council-after-committee",
                    "The city council cannot adopt a recommendation (" + command.adoptedOn()
                            + ") before the project committee put it forward (" + committeeAdoption + ").",
                    "recommendation.council-after-committee", command.adoptedOn(), committeeAdoption);
        }
        LocalDate councilAdoption = adoptions.get(AdoptingBody.CITY_COUNCIL);
        if (command.adoptedBy() == AdoptingBody.PROJECT_COMMITTEE && councilAdoption != null) {
            throw new RuleViolatedException("recommendation.council-after-committee",
                    "The city council already adopted this recommendation on " + councilAdoption
                            + "; the project committee cannot put it forward afterwards.",
                    "recommendation.council-after-committee.council-first", councilAdoption);
        }
        apply(new RecommendationAdopted(recommendationId, command.adoptedOn(), command.adoptedBy()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String describe(AdoptingBody body) {
        return body == AdoptingBody.CITY_COUNCIL ? "the city council" : "the project committee";
    }

    @EventSourcingHandler
    void on(RecommendationRecorded event) {
        recommendationId = event.recommendationId();
        current = event;
    }

    @EventSourcingHandler
    void on(RecommendationCorrected event) {
        current = event.corrected();
    }

    @EventSourcingHandler
    void on(RecommendationWithdrawn event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(AdoptionCorrected event) {
        adoptions.put(event.corrected().adoptedBy(), event.corrected().adoptedOn());
    }

    @EventSourcingHandler
    void on(RecommendationAdopted event) {
        adoptions.put(event.adoptedBy(), event.adoptedOn());
    }
}
