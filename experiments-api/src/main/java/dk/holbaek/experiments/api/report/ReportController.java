package dk.holbaek.experiments.api.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.dashboard.Formats;
import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.InvalidCommandException;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;
import dk.holbaek.experiments.query.report.ExperienceReport;
import dk.holbaek.experiments.query.report.ReportSource;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The experience report with its recommendations to the council:
 * {@code /api/reports/experience?lang=da|en&asOf=DATE&format=html|markdown|json|pdf}.
 */
@RestController
@RequestMapping("/api/reports/experience")
public class ReportController {

    private final ReportSource source;
    private final ReportRenderer renderer;

    ReportController(ReportSource source, ReportRenderer renderer) {
        this.source = source;
        this.renderer = renderer;
    }

    /** What a request for the report asks for, checked. */
    public record Request(LocalDate asOf, Locale language, ReportFormat format) {

        public static Request parse(String lang, String asOf, String format) {
            List<FieldProblem> problems = new ArrayList<>();
            Locale language = switch (lang == null ? "da" : lang) {
                case "da" -> Formats.DANISH;
                case "en" -> Locale.UK;
                default -> {
                    problems.add(new FieldProblem("lang", "must be da or en"));
                    yield null;
                }
            };
            ReportFormat parsed = ReportFormat.parse(format == null ? "html" : format);
            if (parsed == null) {
                problems.add(new FieldProblem("format", "must be html, markdown, json or pdf"));
            }
            LocalDate date = null;
            if (asOf != null) {
                try {
                    date = LocalDate.parse(asOf.strip());
                    if (date.getYear() < ProgrammeCalendar.FIRST_YEAR) {
                        problems.add(new FieldProblem("asOf", "lies before the programme, which began in "
                                + ProgrammeCalendar.FIRST_YEAR));
                    }
                } catch (DateTimeParseException e) {
                    problems.add(new FieldProblem("asOf", "must be a date like 2015-12-31"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidCommandException(problems);
            }
            return new Request(date, language, parsed);
        }
    }

    @GetMapping
    ResponseEntity<byte[]> report(@RequestParam(required = false) String lang, @RequestParam(required = false) String asOf,
                                  @RequestParam(required = false) String format, HttpServletRequest http) {
        Request request = Request.parse(lang, asOf, format);
        requireMayLookBack(request.asOf(), http);
        ExperienceReport report = source.report(request.asOf(), read -> { });
        byte[] body = renderer.render(report, request.format(), request.language());
        String file = "erfaringsrapport-" + report.asOf() + "-" + request.language().getLanguage() + "."
                + request.format().extension();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(request.format().mediaType()))
                .header("Content-Disposition", "inline; filename=\"" + file + "\"").body(body);
    }

    /** The events behind one figure of the JSON report, named by its JSON pointer. */
    @GetMapping("/sources")
    List<String> sources(@RequestParam(required = false) String asOf, @RequestParam String figure,
                         HttpServletRequest http) {
        Request request = Request.parse("da", asOf, "json");
        requireMayLookBack(request.asOf(), http);
        List<String> sources = renderer.sources(source.report(request.asOf(), read -> { }), figure);
        if (sources == null) {
            throw new AggregateNotFoundException(figure, "no such figure");
        }
        return sources;
    }

    private static void requireMayLookBack(LocalDate asOf, HttpServletRequest http) {
        if (asOf != null && !http.isUserInRole("ANALYST") && !http.isUserInRole("ADMIN")) {
            throw new AccessDeniedException("Only analysts and administrators may ask for the report as of a past date;"
                    + " without asOf it shows the programme as it stands.");
        }
    }
}
