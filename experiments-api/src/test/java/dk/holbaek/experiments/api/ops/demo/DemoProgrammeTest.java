package dk.holbaek.experiments.api.ops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.render.Formats;
import dk.holbaek.experiments.api.render.Golden;
import dk.holbaek.experiments.api.render.ReportFormat;
import dk.holbaek.experiments.api.render.ReportRenderer;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.ExperimentRegistered;
import dk.holbaek.experiments.query.report.ExperienceReport;
import dk.holbaek.experiments.query.report.ReportSource;
import tools.jackson.databind.JsonNode;

/**
 * The demo option fills an empty store with the mandate's programme, through the normal commands; its whole report,
 * in both languages, is a reviewed document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "experiments.demo.enabled=true")
@ActiveProfiles("test")
class DemoProgrammeTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    ReportSource reports;

    @Autowired
    ReportRenderer renderer;

    @LocalServerPort
    int port;

    @Test
    void theDemoHoldsTheMandatesExperimentsWithActivitiesAcross2014And2015() throws Exception {
        List<Object> events = allEvents();
        Map<String, Long> countsByType = events.stream()
                .collect(Collectors.groupingBy(event -> event.getClass().getSimpleName(), Collectors.counting()));

        assertThat(countsByType).containsEntry("ExperimentRegistered", 11L)
                .containsEntry("ExperimentWithdrawn", 1L)
                .containsEntry("ActivityCorrected", 1L)
                .containsEntry("ExperimentConcluded", 6L)
                .containsEntry("ExperimentCancelled", 1L)
                .containsEntry("CouncilInvolvementRecorded", 5L)
                .containsEntry("RecommendationRecorded", 2L)
                .containsEntry("RecommendationAdopted", 3L);
        assertThat(events).filteredOn(ExperimentRegistered.class::isInstance).map(ExperimentRegistered.class::cast)
                .extracting(registered -> registered.method().name())
                .contains("TOPIC_SUMMIT", "DIGITAL_DIALOGUE", "PARTICIPATORY_BUDGET", "LOCAL_COMMITTEE_MEETING",
                        "FIELD_EXCURSION", "LOCAL_DEBATE", "PEER_TEACHING", "PARTNERSHIP");
        assertThat(events).filteredOn(ActivityLogged.class::isInstance).map(ActivityLogged.class::cast)
                .extracting(activity -> activity.occurredOn().getYear()).contains(2014, 2015);

        String summitId = events.stream().filter(ExperimentRegistered.class::isInstance).map(ExperimentRegistered.class::cast)
                .filter(registered -> registered.title().startsWith("Topmøde")).findFirst().orElseThrow().experimentId();
        JsonNode summit = Http.as(port, "steering").get("/api/experiments/" + summitId).json();
        assertThat(summit.get("status").asString()).isEqualTo("CONCLUDED");
        assertThat(summit.get("activities").get(0).get("participants").get("total").asInt()).isEqualTo(182);
        assertThat(summit.get("learnings").size()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"MARKDOWN, da", "MARKDOWN, en", "HTML, da", "HTML, en"})
    void theWholeReportOfTheDemo_matchesItsReviewedFile(ReportFormat format, String language) throws Exception {
        ExperienceReport report = reports.report(LocalDate.of(2015, 12, 31), read -> { });

        String rendered = new String(renderer.render(report, format, language.equals("en") ? Locale.UK
                : Formats.DANISH), StandardCharsets.UTF_8);

        assertThat(rendered).isEqualTo(Golden.file("demo-report-" + language + "." + format.extension(), rendered));
    }

    private List<Object> allEvents() throws Exception {
        List<Object> payloads = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                payloads.add(stream.nextAvailable().getPayload());
            }
        }
        return payloads;
    }

}
