package dk.holbaek.experiments.api.pages;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import dk.holbaek.experiments.api.problem.BadRequestException;
import dk.holbaek.experiments.api.render.Formats;
import dk.holbaek.experiments.api.render.ReportCache;
import dk.holbaek.experiments.api.render.ReportRenderer;
import dk.holbaek.experiments.api.render.ReportRequest;
import dk.holbaek.experiments.api.render.SvgCharts;
import dk.holbaek.experiments.api.security.Access;
import dk.holbaek.experiments.api.security.LookBack;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.criteria.CriteriaViews;
import dk.holbaek.experiments.query.programme.LocalAreas;
import dk.holbaek.experiments.query.experiment.ExperimentDetail;
import dk.holbaek.experiments.query.experiment.ExperimentReader;
import dk.holbaek.experiments.query.experiment.HistoryEntry;
import dk.holbaek.experiments.query.programme.ExperimentRow;
import dk.holbaek.experiments.query.programme.LearningEntry;
import dk.holbaek.experiments.query.programme.ProgrammeFigures;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;
import dk.holbaek.experiments.query.programme.ProgrammeSource;
import dk.holbaek.experiments.query.progress.ProgressView;
import dk.holbaek.experiments.query.progress.ProgressViews;
import dk.holbaek.experiments.query.report.ReportSource;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The steering group's web pages: the same views as the JSON API, rendered on the server. No figure is computed
 * here; the pages only choose, format and draw them.
 */
@Controller
class DashboardController {

    private static final int LATEST_LEARNINGS = 5;

    private final ProgrammeSource source;
    private final ExperimentReader experiments;
    private final Timeline timeline;
    private final Formats formats;
    private final MessageSource messages;
    private final Clock clock;
    private final ReportSource reports;
    private final ReportRenderer renderer;
    private final ProgrammeDays period;
    private final LocalAreas localAreas;
    private final ReportCache cache;

    DashboardController(ProgrammeSource source, ExperimentReader experiments, Timeline timeline, Formats formats,
                        MessageSource messages, Clock clock, ReportSource reports, ReportRenderer renderer,
                        ProgrammeDays period, LocalAreas localAreas, ReportCache cache) {
        this.cache = cache;
        this.period = period;
        this.localAreas = localAreas;
        this.reports = reports;
        this.renderer = renderer;
        this.source = source;
        this.experiments = experiments;
        this.timeline = timeline;
        this.formats = formats;
        this.messages = messages;
        this.clock = clock;
    }

    /** The moment the pages show: now, or the end of a chosen day for those who may look back. */
    private record Moment(LocalDate asOf, Instant before, LocalDate today) {
    }

    @GetMapping("/")
    String overview(@RequestParam(required = false) String asOf, HttpServletRequest request, Model model) {
        Moment moment = moment(asOf, request, model);
        ProgrammeFigures programme = programme(moment);
        ProgressView progress = ProgressViews.of(programme, moment.today());
        model.addAttribute("progress", progress);
        model.addAttribute("experiments", programme.experiments().stream()
                .sorted(Comparator.comparing(ExperimentRow::title)).toList());
        model.addAttribute("activitiesByMonthChart", SvgCharts.bars(text("chart.activitiesByMonth"),
                progress.activitiesByMonth().entrySet().stream()
                        .map(month -> new SvgCharts.Bar(formats.month(month.getKey()), month.getValue(),
                                formats.number(month.getValue()) + " / " + formats.number(progress.participantsByMonth()
                                        .get(month.getKey())), false))
                        .toList()));
        if (moment.asOf() == null) {
            model.addAttribute("halfYearWithoutCouncil", CouncilAndRecommendationPages.withoutCouncil(programme.councilInvolvements(), period));
        }
        model.addAttribute("costsChart", SvgCharts.bars(text("chart.costs"), progress.costsDkk().byCategory().entrySet()
                .stream().map(cost -> new SvgCharts.Bar(text("cost." + cost.getKey()), cost.getValue().longValue(),
                        formats.kroner(cost.getValue()), false)).toList()));
        return "overview";
    }

    @GetMapping("/criteria")
    String criteria(@RequestParam(required = false) String asOf, HttpServletRequest request, Model model) {
        Moment moment = moment(asOf, request, model);
        ProgrammeFigures programme = programme(moment);
        var political = CriteriaViews.politicalLeadership(programme);
        var broad = CriteriaViews.broadInvolvement(programme, localAreas.names());
        var administration = CriteriaViews.administrationCollaboration(programme);
        var partner = CriteriaViews.municipalityAsPartner(programme);
        model.addAttribute("political", political);
        model.addAttribute("broad", broad);
        model.addAttribute("administration", administration);
        model.addAttribute("partner", partner);
        model.addAttribute("titles", programme.experiments().stream()
                .collect(Collectors.toMap(ExperimentRow::id, ExperimentRow::title)));
        model.addAttribute("politicalLearnings", latest(political.learnings()));
        model.addAttribute("broadLearnings", latest(broad.learnings()));
        model.addAttribute("administrationLearnings", latest(administration.learnings()));
        model.addAttribute("partnerLearnings", latest(partner.learnings()));
        model.addAttribute("insightsChart", SvgCharts.bars(text("chart.insights"), political.insightsByKind().entrySet()
                .stream().map(kind -> bar(text("kind." + kind.getKey()), kind.getValue(), false)).toList()));
        List<SvgCharts.Bar> groups = new ArrayList<>();
        for (Map.Entry<TargetGroup, Long> group : broad.participantsByGroup().entrySet()) {
            groups.add(bar(text("group." + group.getKey()), group.getValue(), broad.rarelyHeard().containsKey(group.getKey())));
        }
        model.addAttribute("groupsChart", SvgCharts.bars(text("chart.groups"), groups));
        model.addAttribute("rarelyHeard", broad.rarelyHeard());
        model.addAttribute("staffChart", SvgCharts.bars(text("chart.staff"), administration.experiments().stream()
                .filter(row -> row.staffAttendances() > 0)
                .map(row -> bar(row.title(), row.staffAttendances(), false)).toList()));
        model.addAttribute("initiativesChart", SvgCharts.bars(text("chart.initiatives"), partner.initiativesByStatus()
                .entrySet().stream().map(status -> bar(text("initiative." + status.getKey()), status.getValue(), false))
                .toList()));
        return "criteria";
    }

    @GetMapping("/experiments/{id}")
    String experiment(@PathVariable String id, @RequestParam(required = false) String asOf, HttpServletRequest request,
                      Model model) {
        Moment moment = moment(asOf, request, model);
        ExperimentDetail detail = experiments.detailRecordedBefore(id, moment.before())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<HistoryEntry> history = experiments.history(id).orElse(List.of()).stream()
                .filter(entry -> entry.occurredAt().isBefore(moment.before())).toList();
        model.addAttribute("experiment", detail);
        model.addAttribute("timeline", timeline.of(history));
        return "experiment";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** The form again after too many failed logins (forwarded here with 429 and {@code Retry-After}). */
    @RequestMapping("/login/locked")
    String locked() {
        return "login";
    }

    /** The experience report for people logged in to the dashboard; the same report as the API's. */
    @GetMapping("/report")
    ResponseEntity<byte[]> report(@RequestParam(required = false) String lang, @RequestParam(required = false) String asOf,
                                  @RequestParam(required = false) String format, HttpServletRequest request) {
        boolean mayLookBack = LookBack.mayLookBack(request);
        ReportRequest wanted;
        try {
            wanted = ReportRequest.parse(lang, mayLookBack ? asOf : null, format);
        } catch (BadRequestException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        byte[] body = cache.render(wanted, () -> wanted.from(reports, read -> { }),
                report -> renderer.render(report, wanted.format(), wanted.language())).body();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(wanted.format().mediaType())).body(body);
    }

    private Moment moment(String asOf, HttpServletRequest request, Model model) {
        boolean mayLookBack = LookBack.mayLookBack(request);
        model.addAttribute("mayLookBack", mayLookBack);
        model.addAttribute("mayReadReport", Access.READ_REPORT.grantedTo(request));
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeCalendar.ZONE));
        model.addAttribute("today", today);
        if (asOf == null || asOf.isBlank() || !mayLookBack) {
            model.addAttribute("asOf", null);
            return new Moment(null, Instant.MAX, today);
        }
        try {
            LocalDate date = LocalDate.parse(asOf.strip());
            model.addAttribute("asOf", date);
            return new Moment(date, ProgrammeCalendar.endOf(date), date);
        } catch (DateTimeParseException e) {
            model.addAttribute("asOfError", true);
            model.addAttribute("asOf", null);
            return new Moment(null, Instant.MAX, today);
        }
    }

    private ProgrammeFigures programme(Moment moment) {
        return moment.asOf() == null ? source.liveFigures() : source.figuresRecordedBefore(moment.before());
    }

    private static List<LearningEntry> latest(List<LearningEntry> learnings) {
        return learnings.stream()
                .sorted(Comparator.comparing(LearningEntry::recordedOn).reversed().thenComparing(LearningEntry::learningId))
                .limit(LATEST_LEARNINGS).toList();
    }

    private SvgCharts.Bar bar(String label, long value, boolean highlighted) {
        return new SvgCharts.Bar(label, value, formats.number(value), highlighted);
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, locale);
    }

}
