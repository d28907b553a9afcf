package dk.holbaek.experiments.api.render;

/**
 * Who publishes the report, for its title page: the municipality ({@code experiments.report.municipality}, Holbæk
 * Kommune by default) and the sender ({@code experiments.report.sender}; when not set, the programme's project
 * committee in the report's language).
 */
public record ReportPublisher(String municipality, String sender) {

    private static final String HOLBAEK_NAME = "Holbæk Kommune";

    public static final ReportPublisher HOLBAEK = new ReportPublisher(HOLBAEK_NAME, null);

    public ReportPublisher {
        municipality = municipality == null || municipality.isBlank() ? HOLBAEK_NAME : municipality.strip();
        sender = sender == null || sender.isBlank() ? null : sender.strip();
    }
}
