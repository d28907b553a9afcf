package dk.holbaek.experiments.query.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.query.programme.LearningEntry;

/** Criterion 4: the municipality helps and partners with citizens and others who realise their own initiatives. */
public record MunicipalityAsPartnerView(long initiatives, Map<InitiativeStatus, Long> initiativesByStatus,
                                        BigDecimal supportHours, BigDecimal fundingDkk, List<LearningEntry> learnings,
                                        List<Row> experiments) {

    /** The same view with these of its experiment rows (a page of them). */
    public MunicipalityAsPartnerView withExperiments(List<Row> rows) {
        return new MunicipalityAsPartnerView(initiatives, initiativesByStatus, supportHours, fundingDkk, learnings, rows);
    }

    public record Row(String experimentId, String title, long initiatives, BigDecimal supportHours, BigDecimal fundingDkk,
                      long learnings) {
    }
}
