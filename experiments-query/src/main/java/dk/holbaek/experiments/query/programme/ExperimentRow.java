package dk.holbaek.experiments.query.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentRole;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.HypothesisOutcome;
import dk.holbaek.experiments.core.experiment.api.InsightArea;
import dk.holbaek.experiments.core.experiment.api.Method;

/**
 * One experiment in the read model. {@code version} is the sequence number of the last event folded into it, so
 * that an event delivered again (after a lost token) changes nothing; {@code eventIds} are the registration and the
 * status changes it was made from; {@code withdrawn}: withdrawn as registered by mistake, with everything recorded on it;
 * {@code localArea}: the local area it works in, null when it works across them; {@code facts}: what the experience
 * report tells of it besides its figures.
 */
@Document("view_experiments")
public record ExperimentRow(@Id String id, String title, Method method, List<InsightArea> insightAreas,
                            ExperimentStatus status, long version, List<String> eventIds, boolean withdrawn,
                            String localArea, Facts facts) implements Row {

    /**
     * What the experience report tells of an experiment besides its figures, as its registration, approval, start,
     * conclusion, cancellation and withdrawal (each as last corrected) say.
     */
    public record Facts(String hypothesis, ExperimentRole role, LocalDate approvedOn, BigDecimal budgetDkk,
                        LocalDate startedOn, LocalDate concludedOn, String summary, HypothesisOutcome hypothesisOutcome,
                        String hypothesisReason, LocalDate cancelledOn, String cancellationReason,
                        String withdrawalReason) {

        static Facts of(ExperimentRegistered registration) {
            return new Facts(registration.hypothesis(), registration.role(), null, null, null, null, null, null, null,
                    null, null, null);
        }

        Facts registered(ExperimentRegistered registration) {
            return new Facts(registration.hypothesis(), registration.role(), approvedOn, budgetDkk, startedOn,
                    concludedOn, summary, hypothesisOutcome, hypothesisReason, cancelledOn, cancellationReason,
                    withdrawalReason);
        }

        Facts approved(ExperimentApproved approval) {
            return new Facts(hypothesis, role, approval.approvedOn(), approval.budgetDkk(), startedOn, concludedOn,
                    summary, hypothesisOutcome, hypothesisReason, cancelledOn, cancellationReason, withdrawalReason);
        }

        Facts started(ExperimentStarted start) {
            return new Facts(hypothesis, role, approvedOn, budgetDkk, start.startedOn(), concludedOn, summary,
                    hypothesisOutcome, hypothesisReason, cancelledOn, cancellationReason, withdrawalReason);
        }

        Facts concluded(ExperimentConcluded conclusion) {
            return new Facts(hypothesis, role, approvedOn, budgetDkk, startedOn, conclusion.concludedOn(),
                    conclusion.summary(), conclusion.hypothesisOutcome(), conclusion.hypothesisReason(), cancelledOn,
                    cancellationReason, withdrawalReason);
        }

        Facts cancelled(ExperimentCancelled cancellation) {
            return new Facts(hypothesis, role, approvedOn, budgetDkk, startedOn, concludedOn, summary,
                    hypothesisOutcome, hypothesisReason, cancellation.cancelledOn(), cancellation.reason(),
                    withdrawalReason);
        }

        Facts withdrawn(String reason) {
            return new Facts(hypothesis, role, approvedOn, budgetDkk, startedOn, concludedOn, summary,
                    hypothesisOutcome, hypothesisReason, cancelledOn, cancellationReason, reason);
        }
    }

    ExperimentRow withStatus(ExperimentStatus newStatus, long sequence, String eventId) {
        List<String> ids = new ArrayList<>(eventIds);
        ids.add(eventId);
        return new ExperimentRow(id, title, method, insightAreas, newStatus, sequence, List.copyOf(ids), withdrawn, localArea,
                facts);
    }

    /** The same row after an event that changes no figure of it (a corrected date), noted among its sources. */
    ExperimentRow withEvent(long sequence, String eventId) {
        return withStatus(status, sequence, eventId);
    }

    /** The same row with what the report tells of it changed. */
    ExperimentRow withFacts(UnaryOperator<Facts> change) {
        return new ExperimentRow(id, title, method, insightAreas, status, version, eventIds, withdrawn, localArea,
                change.apply(facts));
    }

    ExperimentRow withRegistration(ExperimentRegistered registration, String newLocalArea, long sequence, String eventId) {
        ExperimentRow row = withEvent(sequence, eventId);
        return new ExperimentRow(id, registration.title(), registration.method(), registration.insightAreas(), status,
                row.version(), row.eventIds(), withdrawn, newLocalArea, facts.registered(registration));
    }

    ExperimentRow asWithdrawn(String reason, long sequence, String eventId) {
        ExperimentRow row = withEvent(sequence, eventId);
        return new ExperimentRow(id, title, method, insightAreas, status, row.version(), row.eventIds(), true, localArea,
                facts.withdrawn(reason));
    }
}
