package dk.holbaek.experiments.api.http.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dk.holbaek.experiments.api.problem.NotFoundException;
import dk.holbaek.experiments.api.render.ReportCache;
import dk.holbaek.experiments.api.render.ReportRenderer;
import dk.holbaek.experiments.api.render.ReportRequest;
import dk.holbaek.experiments.api.security.LookBack;
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
    private final ReportCache cache;

    ReportController(ReportSource source, ReportRenderer renderer, ReportCache cache) {
        this.source = source;
        this.renderer = renderer;
        this.cache = cache;
    }

    @GetMapping
    ResponseEntity<byte[]> report(@RequestParam(required = false) String lang, @RequestParam(required = false) String asOf,
                                  @RequestParam(required = false) String format, HttpServletRequest http) {
        ReportRequest request = ReportRequest.parse(lang, asOf, format);
        requireMayLookBack(request.asOf(), http);
        ReportCache.Rendered rendered = cache.render(request, () -> request.from(source, read -> { }),
                report -> renderer.render(report, request.format(), request.language()));
        String file = "erfaringsrapport-" + rendered.asOf() + "-" + request.language().getLanguage() + "."
                + request.format().extension();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(request.format().mediaType()))
                .header("Content-Disposition", "inline; filename=\"" + file + "\"").body(rendered.body());
    }

    /** The events behind one figure of the JSON report, named by its JSON pointer. */
    @GetMapping("/sources")
    List<String> sources(@RequestParam(required = false) String asOf, @RequestParam String figure,
                         HttpServletRequest http) {
        ReportRequest request = ReportRequest.parse("da", asOf, "json");
        requireMayLookBack(request.asOf(), http);
        List<String> sources = renderer.sources(cache.report(request, () -> request.from(source, read -> { })), figure);
        if (sources == null) {
            throw new NotFoundException("figure", figure);
        }
        return sources;
    }

    private static void requireMayLookBack(LocalDate asOf, HttpServletRequest http) {
        LookBack.requireMayLookBack(asOf, http, "Only analysts and administrators may ask for the report as of a past"
                + " date; without asOf it shows the programme as it stands.");
    }
}
