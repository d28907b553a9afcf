package dk.holbaek.experiments.api.render;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.holbaek.experiments.api.problem.BadRequestException;
import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;

/** What a request for the report asks for, checked. */
public record ReportRequest(LocalDate asOf, Locale language, ReportFormat format) {

    public static ReportRequest parse(String lang, String asOf, String format) {
        List<FieldProblem> problems = new ArrayList<>();
        Locale language = switch (lang == null ? "da" : lang) {
            case "da" -> Formats.DANISH;
            case "en" -> Locale.UK;
            default -> {
                problems.add(new FieldProblem("lang", Flaw.LANGUAGE));
                yield null;
            }
        };
        ReportFormat parsed = ReportFormat.parse(format == null ? "html" : format);
        if (parsed == null) {
            problems.add(new FieldProblem("format", Flaw.REPORT_FORMAT));
        }
        LocalDate date = null;
        if (asOf != null) {
            try {
                date = LocalDate.parse(asOf.strip());
                if (date.getYear() < ProgrammeCalendar.FIRST_YEAR) {
                    problems.add(new FieldProblem("asOf", Flaw.BEFORE_PROGRAMME,
                            Integer.toString(ProgrammeCalendar.FIRST_YEAR)));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("asOf", Flaw.REPORT_DATE));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return new ReportRequest(date, language, parsed);
    }
}
