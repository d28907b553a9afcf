package dk.holbaek.experiments.api.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.springframework.context.MessageSource;

import dk.holbaek.experiments.api.render.Formats;

/** The report's words and numbers in one language, from the same message files and formats as the dashboard. */
public final class ReportTexts {

    private final MessageSource messages;
    private final Formats formats;
    private final Locale locale;

    ReportTexts(MessageSource messages, Formats formats, Locale locale) {
        this.messages = messages;
        this.formats = formats;
        this.locale = locale;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public String label(String prefix, Object value) {
        return text(prefix + "." + value);
    }

    public String figureName(String name) {
        return text("report.figure." + name);
    }

    /** A figure's value as the reader expects it: kroner, a share in per cent, or a number. */
    public String value(String name, Object value) {
        if (value instanceof BigDecimal amount && (name.endsWith("Dkk") || name.equals("costs"))) {
            return formats.kroner(amount);
        }
        if (name.equals("meaningfulShare")) {
            return formats.share((BigDecimal) value);
        }
        return value instanceof Number number ? formats.number(number) : String.valueOf(value);
    }

    public String number(Number value) {
        return formats.number(value);
    }

    public String kroner(BigDecimal value) {
        return formats.kroner(value);
    }

    public String share(BigDecimal share) {
        return formats.share(share);
    }

    public String time(LocalTime time) {
        return formats.time(time);
    }

    public String date(LocalDate date) {
        return formats.date(date);
    }

    public String signed(int assessment) {
        return formats.signed(assessment);
    }

    public String language() {
        return locale.getLanguage();
    }
}
