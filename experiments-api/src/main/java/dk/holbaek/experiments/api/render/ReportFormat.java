package dk.holbaek.experiments.api.render;

import java.util.Locale;

/** The forms of the report, with their media types and file extensions. */
public enum ReportFormat {
    HTML("text/html;charset=UTF-8", "html"),
    MARKDOWN("text/markdown;charset=UTF-8", "md"),
    JSON("application/json", "json"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code html}, {@code markdown}, {@code json} or {@code pdf}; null for anything else. */
    public static ReportFormat parse(String text) {
        for (ReportFormat format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(text)) {
                return format;
            }
        }
        return null;
    }
}
