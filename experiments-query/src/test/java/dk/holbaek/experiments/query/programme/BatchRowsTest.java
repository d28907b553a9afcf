package dk.holbaek.experiments.query.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import dk.holbaek.experiments.core.experiment.api.Channel;
import dk.holbaek.experiments.core.experiment.api.CostCategory;
import dk.holbaek.experiments.core.experiment.api.Criterion;
import dk.holbaek.experiments.core.experiment.api.Feedback;
import dk.holbaek.experiments.core.experiment.api.InitiativeStatus;
import dk.holbaek.experiments.core.experiment.api.KnowledgeKind;
import dk.holbaek.experiments.core.experiment.api.TargetGroup;
import dk.holbaek.experiments.query.ProgrammeEvents;

/**
 * The rows in MongoDB, written a batch at a time and read back as the views see them: whatever the batches, the
 * programme equals the one folded in memory from the same events.
 */
class BatchRowsTest {

    @RegisterExtension
    final InMemoryMongo database = new InMemoryMongo();
    private MongoTemplate mongo;
    private MongoRows rows;

    @BeforeEach
    void start() {
        mongo = new MongoTemplate(database.client(), "experiments");
        rows = new MongoRows(mongo);
    }

    /** Three experiments logging in turn, 70 activities each, with learnings, an initiative and status changes. */
    private static List<ProgrammeEvents.Numbered> programme() {
        ProgrammeEvents events = new ProgrammeEvents().running("a", "Borgerbudget").running("b", "Ungeråd")
                .running("c", "Digitalt borgerpanel");
        for (int i = 0; i < 70; i++) {
            for (String experiment : List.of("a", "b", "c")) {
                events.activity(experiment, experiment + "-a" + i, "2014-05-0" + (1 + i % 9), Channel.PHYSICAL, "19:00",
                        10 + i, Map.of(TargetGroup.YOUNG_PEOPLE, i % 7), 0, 1, 2, List.of("Kultur"),
                        List.of(ProgrammeEvents.cost(CostCategory.CATERING, "125.50")), new Feedback(5, 3));
                if (i % 10 == 9) {
                    events.learning(experiment, experiment + "-l" + i, Criterion.BROAD_INVOLVEMENT, 1,
                            List.of(KnowledgeKind.WISHES), "2014-06-01");
                }
            }
        }
        return events.initiative("b", "b-i1", InitiativeStatus.SUPPORTED, "12", "5000").concluded("a").cancelled("c")
                .council("council-1", "2014-09-01", true).all();
    }

    private static void fold(BatchRows batch, ProgrammeEvents.Numbered numbered) {
        batch.fold(numbered.event(), new GenericDomainEventMessage<>("Aggregate", "aggregate", numbered.sequence(),
                numbered.event(), MetaData.emptyInstance(), numbered.eventId(), Instant.EPOCH));
    }

    private void foldInBatches(BatchRows batch, List<ProgrammeEvents.Numbered> events, int size) {
        for (int i = 0; i < events.size(); i++) {
            fold(batch, events.get(i));
            if ((i + 1) % size == 0 || i == events.size() - 1) {
                batch.flush();
            }
        }
    }

    @Test
    void liveBatchesOfAnySize_giveTheProgrammeFoldedInMemory() {
        List<ProgrammeEvents.Numbered> events = programme();

        foldInBatches(BatchRows.reading(rows), events, 7);

        Programme programme = rows.programme();
        assertThat(programme).isEqualTo(ProgrammeEvents.fold(events));
        assertThat(programme.activities()).hasSize(210);
        assertThat(programme.experiment("a").orElseThrow().status().name()).isEqualTo("CONCLUDED");
    }

    @Test
    void aRebuildThatRemembersWhatItWrote_givesTheSameProgramme() {
        List<ProgrammeEvents.Numbered> events = programme();

        foldInBatches(BatchRows.remembering(rows), events, 50);

        assertThat(rows.programme()).isEqualTo(ProgrammeEvents.fold(events));
    }

    @Test
    void eventsDeliveredAgain_changeNothing() {
        List<ProgrammeEvents.Numbered> events = programme();
        BatchRows batch = BatchRows.reading(rows);
        foldInBatches(batch, events, 40);

        foldInBatches(batch, events.subList(100, 180), 40);

        assertThat(rows.programme()).isEqualTo(ProgrammeEvents.fold(events));
        assertThat(mongo.findAll(RowBucket.class).stream().mapToInt(bucket -> bucket.activities().size()).sum())
                .as("every activity stored once").isEqualTo(210);
    }

    @Test
    void anExperimentsRows_areStoredInDocumentsOfAtMost32Events() {
        List<ProgrammeEvents.Numbered> events = programme();

        foldInBatches(BatchRows.reading(rows), events, 1);

        List<RowBucket> buckets = mongo.findAll(RowBucket.class);
        assertThat(buckets).allSatisfy(bucket -> assertThat(
                bucket.activities().size() + bucket.learnings().size() + bucket.initiatives().size())
                .isBetween(1, RowBucket.EVENTS));
        assertThat(buckets).extracting(RowBucket::id).contains("a#0", "a#1", "a#2", "b#2");
        assertThat(buckets).as("an experiment's 80 events from sequence 3 on: buckets 0, 1 and 2").hasSize(9);
    }
}
