package dk.holbaek.experiments.api.http.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.http.view.ProgrammeAt;
import dk.holbaek.experiments.api.problem.NotFoundException;
import dk.holbaek.experiments.api.render.Csv;
import dk.holbaek.experiments.query.criteria.AdministrationCollaborationView;
import dk.holbaek.experiments.query.criteria.BroadInvolvementView;
import dk.holbaek.experiments.query.criteria.CriteriaViews;
import dk.holbaek.experiments.query.programme.LocalAreas;
import dk.holbaek.experiments.query.criteria.MunicipalityAsPartnerView;
import dk.holbaek.experiments.query.criteria.PoliticalLeadershipView;
import dk.holbaek.experiments.query.programme.ProgrammeFigures;
import dk.holbaek.experiments.query.progress.ProgressView;
import dk.holbaek.experiments.query.progress.ProgressViews;

/**
 * The views as open data: CSV files of counts and sums only, never anything about a person, with a codebook that
 * defines every column ({@code /api/exports/codebook.md}). {@code ?asOf=} as for the views. Roles ANALYST, ADMIN.
 */
@RestController
@RequestMapping("/api/exports")
class OpenDataController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ProgrammeAt programmeAt;
    private final LocalAreas localAreas;

    OpenDataController(ProgrammeAt programmeAt, LocalAreas localAreas) {
        this.localAreas = localAreas;
        this.programmeAt = programmeAt;
    }

    @GetMapping("/{file}.csv")
    ResponseEntity<String> csv(@PathVariable String file, @RequestParam(required = false) String asOf) {
        ProgrammeAt.Moment moment = programmeAt.resolve(asOf);
        ProgrammeFigures programme = moment.programme();
        LocalDate today = moment.today();
        String body = switch (file) {
            case "totals" -> totals(ProgressViews.of(programme, today), programme);
            case "political-leadership" -> politicalLeadership(CriteriaViews.politicalLeadership(programme));
            case "broad-involvement" -> broadInvolvement(CriteriaViews.broadInvolvement(programme, localAreas.names()));
            case "administration-collaboration" ->
                    administrationCollaboration(CriteriaViews.administrationCollaboration(programme));
            case "municipality-as-partner" -> municipalityAsPartner(CriteriaViews.municipalityAsPartner(programme));
            default -> throw new NotFoundException("export", file + ".csv");
        };
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").body(body);
    }

    @GetMapping(value = "/codebook.md", produces = "text/markdown;charset=UTF-8")
    String codebook() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/opendata/codebook.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String totals(ProgressView progress, ProgrammeFigures programme) {
        Csv csv = new Csv("figure", "key", "value");
        progress.experimentsByStatus().forEach((status, count) -> csv.row("experiments_by_status", status, count));
        csv.row("activities", "", progress.activities()).row("participants", "", progress.participants());
        csv.row("costs_dkk", "TOTAL", progress.costsDkk().total());
        progress.costsDkk().byCategory().forEach((category, amount) -> csv.row("costs_dkk", category, amount));
        progress.activitiesByYear().forEach((year, count) -> csv.row("activities_by_year", year, count));
        progress.participantsByYear().forEach((year, count) -> csv.row("participants_by_year", year, count));
        progress.activitiesByMonth().forEach((month, count) -> csv.row("activities_by_month", month, count));
        progress.participantsByMonth().forEach((month, count) -> csv.row("participants_by_month", month, count));
        progress.councilInvolvementsByYear().forEach((year, count) -> csv.row("council_involvements_by_year", year, count));
        csv.row("council_rule_met", "", progress.councilRuleMet());
        progress.mandateRules().forEach(rule -> csv.row("mandate_rule_met", rule.rule(), rule.met()));
        PoliticalLeadershipView political = CriteriaViews.politicalLeadership(programme);
        csv.row("activities_with_council_members", "", political.activitiesWithCouncilMembers());
        csv.row("council_member_attendances", "", political.councilMemberAttendances());
        political.insightsByKind().forEach((kind, count) -> csv.row("insights_by_kind", kind, count));
        BroadInvolvementView broad = CriteriaViews.broadInvolvement(programme, localAreas.names());
        broad.participantsByGroup().forEach((group, count) -> csv.row("participants_by_group", group, count));
        csv.row("businesses", "", broad.businesses()).row("respondents", "", broad.respondents())
                .row("found_meaningful", "", broad.foundMeaningful()).row("meaningful_share", "", broad.meaningfulShare());
        broad.rarelyHeard().forEach((group, reach) -> csv.row("rarely_heard_not_in_the_evening", group,
                reach.notInTheEvening()).row("rarely_heard_start_time_not_noted", group, reach.startTimeNotNoted()));
        broad.participantsByLocalArea().forEach((area, count) -> csv.row("participants_by_local_area", area, count));
        csv.row("participants_without_local_area", "", broad.participantsWithoutLocalArea());
        AdministrationCollaborationView administration = CriteriaViews.administrationCollaboration(programme);
        csv.row("staff_attendances", "", administration.staffAttendances())
                .row("departments", "", administration.departments().size());
        MunicipalityAsPartnerView partner = CriteriaViews.municipalityAsPartner(programme);
        csv.row("initiatives", "", partner.initiatives());
        partner.initiativesByStatus().forEach((status, count) -> csv.row("initiatives_by_status", status, count));
        csv.row("support_hours", "", partner.supportHours()).row("funding_dkk", "", partner.fundingDkk());
        Map.of("POLITICAL_LEADERSHIP", political.learnings().size(), "BROAD_INVOLVEMENT", broad.learnings().size(),
                "ADMINISTRATION_COLLABORATION", administration.learnings().size(), "MUNICIPALITY_AS_PARTNER",
                partner.learnings().size()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(learnings -> csv.row("learnings_by_criterion", learnings.getKey(), learnings.getValue()));
        return csv.toString();
    }

    private static String politicalLeadership(PoliticalLeadershipView view) {
        Csv csv = new Csv("experiment_id", "experiment_title", "activities_with_council_members",
                "council_member_attendances", "learnings");
        view.experiments().forEach(row -> csv.row(row.experimentId(), row.title(), row.activitiesWithCouncilMembers(),
                row.councilMemberAttendances(), row.learnings()));
        return csv.toString();
    }

    private static String broadInvolvement(BroadInvolvementView view) {
        Csv csv = new Csv("experiment_id", "experiment_title", "participants", "respondents", "found_meaningful",
                "meaningful_share", "learnings");
        view.experiments().forEach(row -> csv.row(row.experimentId(), row.title(), row.participants(), row.respondents(),
                row.foundMeaningful(), row.meaningfulShare(), row.learnings()));
        return csv.toString();
    }

    private static String administrationCollaboration(AdministrationCollaborationView view) {
        Csv csv = new Csv("experiment_id", "experiment_title", "staff_attendances", "departments", "learnings");
        view.experiments().forEach(row -> csv.row(row.experimentId(), row.title(), row.staffAttendances(),
                String.join(";", row.departments()), row.learnings()));
        return csv.toString();
    }

    private static String municipalityAsPartner(MunicipalityAsPartnerView view) {
        Csv csv = new Csv("experiment_id", "experiment_title", "initiatives", "support_hours", "funding_dkk", "learnings");
        view.experiments().forEach(row -> csv.row(row.experimentId(), row.title(), row.initiatives(), row.supportHours(),
                row.fundingDkk(), row.learnings()));
        return csv.toString();
    }
}
