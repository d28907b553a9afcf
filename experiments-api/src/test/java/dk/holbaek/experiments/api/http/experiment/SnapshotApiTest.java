package dk.holbaek.experiments.api.http.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.mongodb.client.MongoClient;

import dk.holbaek.experiments.api.ApiTest;
import dk.holbaek.experiments.api.Http;
import dk.holbaek.experiments.api.Programme;
import dk.holbaek.experiments.core.common.api.RuleViolatedException;
import dk.holbaek.experiments.core.experiment.api.ActivityKind;
import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.LogActivity;
import dk.holbaek.experiments.core.experiment.api.Participants;

/**
 * An experiment with a long history is loaded from its latest snapshot and the commits after it: the rules that
 * rest on its whole history still hold when it is no longer in memory.
 */
@ApiTest
class SnapshotApiTest {

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    @Qualifier("aggregateCache")
    Cache aggregateCache;

    @Autowired
    MongoClient mongo;

    private Http staff;
    private Programme programme;

    @BeforeEach
    void setUp() {
        staff = Http.as(port, "staff");
        programme = new Programme(staff);
    }

    @Test
    void anExperimentWithALongHistory_isLoadedFromItsSnapshot_andItsRulesStillHold() {
        String id = programme.runningExperiment("Borgermøder i alle lokalområder");
        List<String> activityIds = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            activityIds.add(programme.logActivity(id, "2014-04-" + String.format("%02d", 1 + i % 28)));
        }
        assertThat(staff.post("/api/experiments/" + id + "/conclusion",
                "{\"concludedOn\": \"2014-11-30\", \"summary\": \"Møderne er holdt\"}").status()).isEqualTo(200);

        Document snapshot = mongo.getDatabase("experiments").getCollection("snapshots")
                .find(new Document("_id", id)).first();
        assertThat(snapshot).as("a snapshot of the experiment").isNotNull();
        assertThat(snapshot.getLong("sequenceNumber")).as("taken after its first 50 events").isEqualTo(49L);

        aggregateCache.removeAll();

        assertThatThrownBy(() -> commands.sendAndWait(logActivity(id, activityIds.get(0))))
                .as("an activity id recorded before the snapshot is still taken")
                .isInstanceOf(RuleViolatedException.class);
        Http.Response afterConclusion = staff.post("/api/experiments/" + id + "/activities",
                Programme.activity("2014-12-01"));
        assertThat(afterConclusion.status()).isEqualTo(409);
        assertThat(afterConclusion.json().get("detail").asString())
                .isEqualTo("En aktivitet den 1. december 2014 ligger efter eksperimentets afslutning (30. november 2014).");
        assertThat(staff.post("/api/experiments/" + id + "/activities", Programme.activity("2014-11-30")).status())
                .isEqualTo(201);
        Http.Response detail = staff.get("/api/experiments/" + id);
        assertThat(detail.status()).as(detail.body()).isEqualTo(200);
        assertThat(detail.header("ETag")).hasValue("\"64\"");
        assertThat(detail.json().get("activities")).hasSize(61);
    }

    private static LogActivity logActivity(String experimentId, String activityId) {
        return new LogActivity(experimentId, null, activityId, "Borgermøde", ActivityKind.MEETING,
                LocalDate.of(2014, 5, 1), Channel.PHYSICAL, null, null, null, new Participants(20, Map.of(), 0, 0), 1, 1,
                List.of(), List.of(), null);
    }
}
