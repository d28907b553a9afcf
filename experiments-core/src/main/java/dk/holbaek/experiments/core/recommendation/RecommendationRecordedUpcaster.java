package dk.holbaek.experiments.core.recommendation;

import dk.holbaek.experiments.core.common.FieldsAddedUpcaster;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;

/**
 * Revision 1 of {@link RecommendationRecorded} had no rationale, economic consequence, owner or date to implement
 * by: it reads with none given. A {@code RecommendationCorrected} holds its corrected recommendation whole and
 * reads the same way, as its fields are read by name.
 */
public class RecommendationRecordedUpcaster extends FieldsAddedUpcaster {

    public RecommendationRecordedUpcaster() {
        super(RecommendationRecorded.class, "1", "2", payload -> payload.putNull("rationale")
                .putNull("economicConsequenceDkk").putNull("owner").putNull("implementBy"));
    }
}
