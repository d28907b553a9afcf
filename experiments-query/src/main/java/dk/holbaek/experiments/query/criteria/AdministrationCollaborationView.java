package dk.holbaek.experiments.query.criteria;

import java.util.List;

import dk.holbaek.experiments.query.programme.LearningEntry;

/** Criterion 3: the administration gets better at dialogue-based collaboration. */
public record AdministrationCollaborationView(long staffAttendances, List<String> departments, List<LearningEntry> learnings,
                                              List<Row> experiments) {

    /** The same view with these of its experiment rows (a page of them). */
    public AdministrationCollaborationView withExperiments(List<Row> rows) {
        return new AdministrationCollaborationView(staffAttendances, departments, learnings, rows);
    }

    public record Row(String experimentId, String title, long staffAttendances, List<String> departments, long learnings) {
    }
}
