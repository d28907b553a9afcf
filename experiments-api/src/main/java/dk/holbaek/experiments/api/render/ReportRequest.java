package dk.holbaek.experiments.api.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import dk.holbaek.experiments.api.problem.BadRequestException;
import dk.holbaek.experiments.core.common.api.FieldProblem;
import dk.holbaek.experiments.core.common.api.Flaw;
import dk.holbaek.experiments.query.programme.ProgrammeCalendar;
import dk.holbaek.experiments.query.report.ExperienceReport;
import dk.holbaek.experiments.query.report.ReportSource;

/**
 * What a request for the report asks for, checked. {@code asOf} is a date (the report is as of the end of that day in
 * Danish time) or an instant like {@code 2015-06-30T12:00:00Z} (up to and including it, {@code asOfInstant}); its
 * date is then {@code asOf}.
 */
public record ReportRequest(LocalDate asOf, Instant asOfInstant, Locale language, ReportFormat format) {

    /** The report this asks for, from the log. */
    public ExperienceReport from(ReportSource source, LongConsumer progress) {
        return asOfInstant != null ? source.reportAt(asOfInstant, progress) : source.report(asOf, progress);
    }


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
        Instant instant = null;
        if (asOf != null) {
            String value = asOf.strip();
            try {
                if (value.length() == "2015-12-31".length()) {
                    date = LocalDate.parse(value);
                } else {
                    instant = OffsetDateTime.parse(value).toInstant();
                    date = instant.atZone(ProgrammeCalendar.ZONE).toLocalDate();
                }
                if (date.getYear() < ProgrammeCalendar.FIRST_YEAR) {
                    problems.add(new FieldProblem("asOf", Flaw.BEFORE_PROGRAMME,
                            Integer.toString(ProgrammeCalendar.FIRST_YEAR)));
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("asOf", Flaw.DATE_OR_INSTANT));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return new ReportRequest(date, instant, language, parsed);
    }
}
