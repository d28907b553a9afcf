package dk.holbaek.experiments.api.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, amounts and dates in the reader's language: {@code 69.800 kr.} and {@code 18. marts 2014} in Danish,
 * {@code DKK 69,800} and {@code 18 March 2014} in English. Used by the templates as {@code @formats}.
 */
@Component("formats")
public class Formats {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");

    public String number(Number value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    public String kroner(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        String number = format.format(amount);
        return danish() ? number + " kr." : "DKK " + number;
    }

    public String share(BigDecimal share) {
        if (share == null) {
            return "–";
        }
        BigDecimal percent = share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP);
        return danish() ? percent + " %" : percent + "%";
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "–";
        }
        return date.format(DateTimeFormatter.ofPattern(danish() ? "d. MMMM yyyy" : "d MMMM yyyy", locale()));
    }

    public String month(String yearMonth) {
        return YearMonth.parse(yearMonth).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale()));
    }

    public String time(LocalTime time) {
        if (time == null) {
            return "–";
        }
        return danish() ? "kl. " + time.format(DateTimeFormatter.ofPattern("HH.mm")) : time.toString();
    }

    public String signed(int assessment) {
        return assessment > 0 ? "+" + assessment : String.valueOf(assessment);
    }

    private static boolean danish() {
        return "da".equals(locale().getLanguage());
    }

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.UK : DANISH;
    }
}
