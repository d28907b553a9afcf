package dk.holbaek.experiments.query.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.EnumMap;

import dk.holbaek.experiments.core.council.api.CouncilEvent;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementCorrected;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;
import dk.holbaek.experiments.core.council.api.CouncilInvolvementWithdrawn;
import dk.holbaek.experiments.core.experiment.api.ActivityCorrected;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ActivityWithdrawn;
import dk.holbaek.experiments.core.experiment.api.ApprovalCorrected;
import dk.holbaek.experiments.core.experiment.api.CancellationCorrected;
import dk.holbaek.experiments.core.experiment.api.ConclusionCorrected;
import dk.holbaek.experiments.core.experiment.api.Cost;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.ExperimentApproved;
import dk.holbaek.experiments.core.experiment.api.ExperimentCancelled;
import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;
import dk.holbaek.experiments.core.experiment.api.ExperimentEvent;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.core.experiment.api.ExperimentStarted;
import dk.holbaek.experiments.core.experiment.api.ExperimentStatus;
import dk.holbaek.experiments.core.experiment.api.ExperimentWithdrawn;
import dk.holbaek.experiments.core.experiment.api.InitiativeCorrected;
import dk.holbaek.experiments.core.experiment.api.InitiativeRecorded;
import dk.holbaek.experiments.core.experiment.api.InitiativeWithdrawn;
import dk.holbaek.experiments.core.experiment.api.LearningCorrected;
import dk.holbaek.experiments.core.experiment.api.LearningRecorded;
import dk.holbaek.experiments.core.experiment.api.LearningWithdrawn;
import dk.holbaek.experiments.core.experiment.api.RegistrationCorrected;
import dk.holbaek.experiments.core.experiment.api.StartCorrected;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.core.external.api.ExternalExperienceCorrected;
import dk.holbaek.experiments.core.external.api.ExternalExperienceRecorded;
import dk.holbaek.experiments.core.external.api.ExternalExperienceWithdrawn;
import dk.holbaek.experiments.core.recommendation.api.AdoptionCorrected;
import dk.holbaek.experiments.core.recommendation.api.RecommendationAdopted;
import dk.holbaek.experiments.core.recommendation.api.RecommendationCorrected;
import dk.holbaek.experiments.core.recommendation.api.RecommendationEvent;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;
import dk.holbaek.experiments.core.recommendation.api.RecommendationWithdrawn;

/**
 * Folds events into rows: the one piece of code behind the live read model, its rebuild and every view "as of" a
 * past moment. Each event writes whole rows under the id of what it records, and a status change is ignored when
 * the row has already seen a later event of its experiment, so an event delivered twice changes nothing. A correction
 * writes the entry's row again under the same id with its later sequence number, a withdrawal writes a withdrawn row:
 * the latest version of each row counts ({@link Programme}).
 */
public final class ProgrammeFold {

    private ProgrammeFold() {
    }

    /**
     * Folds one event; {@code sequence} is its number within its aggregate, {@code eventId} its identifier, which the
     * rows keep so that every figure can name the events it was computed from. Anything but a programme event is ignored; a programme event this fold does not know fails it.
     */
    public static void apply(Object event, long sequence, String eventId, ProgrammeRows rows) {
        if (event instanceof ExperimentRegistered e) {
            rows.put(new ExperimentRow(e.experimentId(), e.title(), e.method(), e.insightAreas(), ExperimentStatus.PROPOSED,
                    sequence, List.of(eventId), false, blankAsNull(e.localArea()), ExperimentRow.Facts.of(e)));
            searchText(rows, () -> registrationText(e));
        } else if (event instanceof ExperimentApproved e) {
            status(rows, e.experimentId(), ExperimentStatus.APPROVED, sequence, eventId, facts -> facts.approved(e));
        } else if (event instanceof ExperimentStarted e) {
            status(rows, e.experimentId(), ExperimentStatus.RUNNING, sequence, eventId, facts -> facts.started(e));
        } else if (event instanceof ExperimentConcluded e) {
            status(rows, e.experimentId(), ExperimentStatus.CONCLUDED, sequence, eventId, facts -> facts.concluded(e));
            searchText(rows, () -> conclusionText(e));
        } else if (event instanceof ExperimentCancelled e) {
            status(rows, e.experimentId(), ExperimentStatus.CANCELLED, sequence, eventId, facts -> facts.cancelled(e));
        } else if (event instanceof ActivityLogged e) {
            rows.put(activity(e, eventId, sequence));
            searchText(rows, () -> activityText(e));
        } else if (event instanceof LearningRecorded e) {
            rows.put(learning(e, eventId, sequence));
            searchText(rows, () -> learningText(e));
        } else if (event instanceof InitiativeRecorded e) {
            rows.put(initiative(e, eventId, sequence));
            searchText(rows, () -> initiativeText(e));
        } else if (event instanceof ActivityCorrected e) {
            rows.revised(e.experimentId());
            rows.put(activity(e.corrected(), eventId, sequence));
            searchText(rows, () -> activityText(e.corrected()));
        } else if (event instanceof LearningCorrected e) {
            rows.revised(e.experimentId());
            rows.put(learning(e.corrected(), eventId, sequence));
            searchText(rows, () -> learningText(e.corrected()));
        } else if (event instanceof InitiativeCorrected e) {
            rows.revised(e.experimentId());
            rows.put(initiative(e.corrected(), eventId, sequence));
            searchText(rows, () -> initiativeText(e.corrected()));
        } else if (event instanceof ActivityWithdrawn e) {
            rows.revised(e.experimentId());
            rows.put(ActivityRow.withdrawn(e.activityId(), eventId, e.experimentId(), sequence));
            searchText(rows, () -> SearchEntry.withdrawn(SearchEntry.Kind.ACTIVITY, TEXT, e.activityId(),
                    e.experimentId()));
        } else if (event instanceof LearningWithdrawn e) {
            rows.revised(e.experimentId());
            rows.put(LearningRow.withdrawn(e.learningId(), eventId, e.experimentId(), sequence));
            searchText(rows, () -> SearchEntry.withdrawn(SearchEntry.Kind.LEARNING, TEXT, e.learningId(),
                    e.experimentId()));
        } else if (event instanceof InitiativeWithdrawn e) {
            rows.revised(e.experimentId());
            rows.put(InitiativeRow.withdrawn(e.initiativeId(), eventId, e.experimentId(), sequence));
            searchText(rows, () -> SearchEntry.withdrawn(SearchEntry.Kind.INITIATIVE, TEXT, e.initiativeId(),
                    e.experimentId()));
        } else if (event instanceof RegistrationCorrected e) {
            rows.experiment(e.experimentId()).filter(row -> row.version() < sequence)
                    .ifPresent(row -> rows.put(row.withRegistration(e.corrected(), blankAsNull(e.corrected().localArea()),
                            sequence, eventId)));
            searchText(rows, () -> registrationText(e.corrected()));
        } else if (event instanceof ApprovalCorrected e) {
            corrected(rows, e.experimentId(), sequence, eventId, facts -> facts.approved(e.corrected()));
        } else if (event instanceof StartCorrected e) {
            corrected(rows, e.experimentId(), sequence, eventId, facts -> facts.started(e.corrected()));
        } else if (event instanceof ConclusionCorrected e) {
            corrected(rows, e.experimentId(), sequence, eventId, facts -> facts.concluded(e.corrected()));
            searchText(rows, () -> conclusionText(e.corrected()));
        } else if (event instanceof CancellationCorrected e) {
            corrected(rows, e.experimentId(), sequence, eventId, facts -> facts.cancelled(e.corrected()));
        } else if (event instanceof ExperimentWithdrawn e) {
            rows.experiment(e.experimentId()).filter(row -> row.version() < sequence)
                    .ifPresent(row -> rows.put(row.asWithdrawn(e.reason(), sequence, eventId)));
        } else if (event instanceof CouncilInvolvementRecorded e) {
            rows.put(council(e, eventId));
        } else if (event instanceof CouncilInvolvementCorrected e) {
            rows.put(council(e.corrected(), eventId));
        } else if (event instanceof CouncilInvolvementWithdrawn e) {
            rows.put(new CouncilInvolvementRow(e.involvementId(), eventId, null, null, null, List.of(), false, true));
        } else if (event instanceof ExternalExperienceRecorded e) {
            rows.put(external(e, eventId));
            searchText(rows, () -> externalText(e));
        } else if (event instanceof ExternalExperienceCorrected e) {
            rows.put(external(e.corrected(), eventId));
            searchText(rows, () -> externalText(e.corrected()));
        } else if (event instanceof ExternalExperienceWithdrawn e) {
            rows.put(ExternalExperienceRow.withdrawn(e.experienceId(), eventId));
            searchText(rows, () -> SearchEntry.withdrawn(SearchEntry.Kind.EXTERNAL_EXPERIENCE, TEXT, e.experienceId(),
                    null));
        } else if (event instanceof RecommendationRecorded e) {
            rows.put(new RecommendationRow(e.recommendationId(), e.title(), e.text(), e.basedOnLearnings(),
                    RecommendationRow.Substance.of(e), Map.of(), sequence, List.of(eventId), false));
            searchText(rows, () -> recommendationText(e));
        } else if (event instanceof RecommendationAdopted e) {
            rows.recommendation(e.recommendationId())
                    .filter(row -> row.version() < sequence)
                    .ifPresent(row -> rows.put(row.adoptedBy(e.adoptedBy(), e.adoptedOn(), sequence, eventId)));
        } else if (event instanceof AdoptionCorrected e) {
            rows.recommendation(e.recommendationId())
                    .filter(row -> row.version() < sequence)
                    .ifPresent(row -> rows.put(row.adoptedBy(e.corrected().adoptedBy(), e.corrected().adoptedOn(),
                            sequence, eventId)));
        } else if (event instanceof RecommendationCorrected e) {
            rows.recommendation(e.recommendationId())
                    .filter(row -> row.version() < sequence)
                    .ifPresent(row -> rows.put(row.corrected(e.corrected(), sequence, eventId)));
            searchText(rows, () -> recommendationText(e.corrected()));
        } else if (event instanceof RecommendationWithdrawn e) {
            rows.recommendation(e.recommendationId())
                    .filter(row -> row.version() < sequence)
                    .ifPresent(row -> rows.put(row.asWithdrawn(sequence, eventId)));
            searchText(rows, () -> SearchEntry.withdrawn(SearchEntry.Kind.RECOMMENDATION, TEXT, e.recommendationId(),
                    null));
        } else if (event instanceof ExperimentEvent || event instanceof CouncilEvent
                || event instanceof RecommendationEvent) {
            // a new kind of programme event must be taught to the fold: the views stop at it instead of leaving it out
            throw new IllegalArgumentException("the views cannot fold " + event.getClass().getSimpleName());
        }
    }

    // What a search finds: the texts of each record, kept beside its rows

    private static final String TEXT = "text";

    /** A record's searchable text, made (its words stemmed) only for rows that keep the search. */
    private static void searchText(ProgrammeRows rows, Supplier<SearchEntry> text) {
        if (rows.keepsSearchTexts()) {
            rows.put(text.get());
        }
    }

    private static SearchEntry registrationText(ExperimentRegistered e) {
        return SearchEntry.of(SearchEntry.Kind.EXPERIMENT, "registration", e.experimentId(), e.experimentId(), e.title(),
                e.title(), e.hypothesis(), e.localArea(), e.owner());
    }

    private static SearchEntry conclusionText(ExperimentConcluded e) {
        return SearchEntry.of(SearchEntry.Kind.EXPERIMENT, "conclusion", e.experimentId(), e.experimentId(), null,
                e.summary(), e.hypothesisReason());
    }

    private static SearchEntry activityText(ActivityLogged e) {
        return SearchEntry.of(SearchEntry.Kind.ACTIVITY, TEXT, e.activityId(), e.experimentId(), e.title(), e.title(),
                e.localArea(), String.join(" ", e.departments()));
    }

    private static SearchEntry learningText(LearningRecorded e) {
        return SearchEntry.of(SearchEntry.Kind.LEARNING, TEXT, e.learningId(), e.experimentId(), e.insight(), e.insight(),
                e.evidence());
    }

    private static SearchEntry initiativeText(InitiativeRecorded e) {
        return SearchEntry.of(SearchEntry.Kind.INITIATIVE, TEXT, e.initiativeId(), e.experimentId(), e.title(), e.title());
    }

    private static SearchEntry recommendationText(RecommendationRecorded e) {
        return SearchEntry.of(SearchEntry.Kind.RECOMMENDATION, TEXT, e.recommendationId(), null, e.title(), e.title(),
                e.text(), e.rationale(), e.owner());
    }

    private static void status(ProgrammeRows rows, String experimentId, ExperimentStatus status, long sequence,
                               String eventId, UnaryOperator<ExperimentRow.Facts> facts) {
        rows.experiment(experimentId)
                .filter(row -> row.version() < sequence)
                .ifPresent(row -> rows.put(row.withStatus(status, sequence, eventId).withFacts(facts)));
    }

    /** A correction of what an experiment's approval, start, conclusion or cancellation said: its status stays. */
    private static void corrected(ProgrammeRows rows, String experimentId, long sequence, String eventId,
                                  UnaryOperator<ExperimentRow.Facts> facts) {
        rows.experiment(experimentId)
                .filter(row -> row.version() < sequence)
                .ifPresent(row -> rows.put(row.withEvent(sequence, eventId).withFacts(facts)));
    }

    /** Whether the event corrects something recorded earlier. */
    public static boolean isCorrection(Object event) {
        return event instanceof RegistrationCorrected || event instanceof ApprovalCorrected
                || event instanceof StartCorrected || event instanceof ConclusionCorrected
                || event instanceof CancellationCorrected || event instanceof ActivityCorrected
                || event instanceof LearningCorrected || event instanceof InitiativeCorrected
                || event instanceof CouncilInvolvementCorrected || event instanceof RecommendationCorrected
                || event instanceof AdoptionCorrected || event instanceof ExternalExperienceCorrected;
    }

    /** Whether the event withdraws something recorded by mistake. */
    public static boolean isWithdrawal(Object event) {
        return event instanceof ExperimentWithdrawn || event instanceof ActivityWithdrawn
                || event instanceof LearningWithdrawn || event instanceof InitiativeWithdrawn
                || event instanceof CouncilInvolvementWithdrawn || event instanceof RecommendationWithdrawn
                || event instanceof ExternalExperienceWithdrawn;
    }

    private static ExternalExperienceRow external(ExternalExperienceRecorded e, String eventId) {
        return new ExternalExperienceRow(e.experienceId(), eventId, e.title(), e.place(), e.country(), e.method(),
                e.link(), e.learned(), e.experimentIds() == null ? List.of() : e.experimentIds(), e.recordedOn(), false);
    }

    private static SearchEntry externalText(ExternalExperienceRecorded e) {
        return SearchEntry.of(SearchEntry.Kind.EXTERNAL_EXPERIENCE, TEXT, e.experienceId(), null, e.title(), e.title(),
                e.place(), e.country(), e.method(), e.learned());
    }

    private static CouncilInvolvementRow council(CouncilInvolvementRecorded e, String eventId) {
        return new CouncilInvolvementRow(e.involvementId(), eventId, e.occurredOn(), e.form(), e.topic(),
                e.experimentIds(), e.localAreaDialogueProposal(), false);
    }

    private static LearningRow learning(LearningRecorded e, String eventId, long sequence) {
        return new LearningRow(e.learningId(), eventId, e.experimentId(), e.criterion(), e.insight(), e.evidence(),
                e.knowledgeKinds(), e.assessment(), e.activityId(), e.recordedOn(), sequence, false);
    }

    private static InitiativeRow initiative(InitiativeRecorded e, String eventId, long sequence) {
        return new InitiativeRow(e.initiativeId(), eventId, e.experimentId(), e.title(), e.initiator(), e.supportHours(),
                e.fundingDkk(), e.status(), e.recordedOn(), sequence, false);
    }

    private static ActivityRow activity(ActivityLogged e, String eventId, long sequence) {
        Map<TargetGroup, Integer> byGroup = new EnumMap<>(TargetGroup.class);
        byGroup.putAll(e.participants().byGroup());
        Map<CostCategory, BigDecimal> costs = new EnumMap<>(CostCategory.class);
        for (Cost cost : e.costs()) {
            costs.merge(cost.category(), cost.amountDkk(), BigDecimal::add);
        }
        return new ActivityRow(e.activityId(), eventId, e.experimentId(), e.title(), e.occurredOn(), e.channel(), e.startsAt(),
                e.participants().total(), byGroup, zeroIfNull(e.participants().businesses()), e.councilMembersPresent(),
                e.staffPresent(), List.copyOf(e.departments()), costs,
                e.feedback() == null ? null : e.feedback().respondents(),
                e.feedback() == null ? null : e.feedback().foundMeaningful(), sequence, false, blankAsNull(e.localArea()));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static int zeroIfNull(Integer count) {
        return count == null ? 0 : count;
    }
}
