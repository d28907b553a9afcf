package dk.holbaek.experiments.api.http.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.ActivityLogged;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.Participants;
import tools.jackson.databind.JsonNode;

/**
 * An event in the log that the views cannot take (one stored before the gate existed, with a year the read model
 * cannot hold): the views stop at it, the health check says DOWN and names it, a metric counts the stop, and a rebuild
 * fails naming it while the views stay as they were. A service of its own: its views stay stopped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "experiments.test.context=stopped-views")
@ActiveProfiles("test")
@DirtiesContext
class ViewsStopApiTest {

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    @Test
    void anEventTheViewsCannotTake_stopsThem_turnsHealthDown_andARebuildFailsLeavingTheViews() {
        Http staff = Http.as(port, "staff");
        Http admin = Http.as(port, "admin");
        Programme programme = new Programme(staff);
        String experiment = programme.runningExperiment("Borgerbudget i Tølløse");
        programme.logActivity(experiment, "2014-03-18");
        await("the views to show the activity").atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/api/views/progress").json().get("activities").asInt() == 1);
        assertThat(health(admin).get("status").asString()).isEqualTo("UP");
        JsonNode viewsBefore = admin.get("/api/views/progress").json();

        eventStore.publish(activity(experiment, 4, "poison-1", LocalDate.of(999_999_999, 12, 31)),
                activity(experiment, 5, "after-1", LocalDate.of(2014, 3, 20)));

        await("the health check to say DOWN").atMost(Duration.ofSeconds(30))
                .until(() -> health(admin).get("status").asString().equals("DOWN"));
        JsonNode views = health(admin).get("components").get("views");
        assertThat(views.get("status").asString()).isEqualTo("DOWN");
        assertThat(views.get("details").get("eventType").asString()).isEqualTo("ActivityLogged");
        assertThat(views.get("details").get("eventId").asString()).isEqualTo("poison-1");
        assertThat(views.get("details").get("stoppedAtPosition").asLong()).isPositive();
        assertThat(Http.anonymous(port).get("/actuator/health").json().has("components"))
                .as("no details without a login").isFalse();
        assertThat(Http.anonymous(port).get("/actuator/health/readiness").status())
                .as("a load balancer takes the instance out").isEqualTo(503);
        assertThat(Http.anonymous(port).get("/actuator/health/liveness").status())
                .as("but nothing restarts it: a restart would stop at the same event").isEqualTo(200);
        assertThat(admin.get("/actuator/prometheus").body()).contains("experiments_views_fold_stops_total 1.0");
        assertThat(admin.get("/api/views/progress").json().get("activities").asInt())
                .as("the activity after the stop is not folded out of order").isEqualTo(1);

        Http.Response started = admin.post("/api/admin/projections/rebuild", "");
        assertThat(started.status()).isEqualTo(202);
        String location = started.header("Location").orElseThrow();
        await("the rebuild to end").atMost(Duration.ofSeconds(30))
                .until(() -> !admin.get(location).json().get("finishedAt").isNull());
        JsonNode status = admin.get(location).json();
        assertThat(status.get("failed").asBoolean()).isTrue();
        assertThat(status.get("finished").asBoolean()).isFalse();
        assertThat(status.get("failure").get("eventType").asString()).isEqualTo("ActivityLogged");
        assertThat(status.get("failure").get("position").asLong())
                .isEqualTo(views.get("details").get("stoppedAtPosition").asLong());
        assertThat(admin.get("/api/views/progress").json()).as("the views as they were").isEqualTo(viewsBefore);
    }

    /** An activity as an older version stored it, straight into the log. */
    private static GenericDomainEventMessage<ActivityLogged> activity(String experiment, long sequence, String eventId,
                                                                     LocalDate occurredOn) {
        return new GenericDomainEventMessage<>("Experiment", experiment, sequence, new ActivityLogged(experiment,
                eventId, "Møde " + occurredOn, ActivityKind.MEETING, occurredOn, Channel.PHYSICAL, LocalTime.of(19, 0),
                60, null, new Participants(10, Map.of(), null, null), 0, 0, List.of(), List.of(), null),
                MetaData.emptyInstance(), eventId, Instant.now());
    }

    private JsonNode health(Http who) {
        return who.get("/actuator/health").json();
    }
}
