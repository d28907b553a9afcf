package dk.holbaek.experiments.query.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

import dk.holbaek.experiments.core.experiment.api.Channel;

/** The live rows in MongoDB at a size a national programme reaches. */
class MongoRowsTest {

    @RegisterExtension
    final InMemoryMongo database = new InMemoryMongo();
    private MongoRows rows;

    @BeforeEach
    void start() {
        rows = new MongoRows(new MongoTemplate(database.client(), "experiments"));
    }

    @Test
    void aReadModelLargerThanOneReplyMayCarry_isReadWhole() {
        String title = "Borgermøde om den lokale udviklingsplan og stierne rundt om søen ".repeat(10);
        List<RowBucket> buckets = new ArrayList<>();
        List<ActivityRow> activities = new ArrayList<>();
        for (int i = 0; i < 80_000; i++) {
            activities.add(new ActivityRow(String.format("a-%06d", i), "e-" + i, "exp-" + i / RowBucket.EVENTS, title,
                    LocalDate.of(2014, 1 + i % 12, 1), Channel.PHYSICAL, LocalTime.of(19, 0), 10, Map.of(), 0, 0, 1,
                    List.of(), Map.of(), null, null, i % RowBucket.EVENTS, false, "Jyderup"));
            if (activities.size() == RowBucket.EVENTS) {
                String experiment = activities.get(0).experimentId();
                buckets.add(new RowBucket(RowBucket.id(experiment, 0), experiment, activities, List.of(), List.of()));
                activities = new ArrayList<>();
            }
            if (buckets.size() == 300) {
                rows.write(new MongoRows.Writes(List.of(), List.copyOf(buckets), List.of(), Map.of(), null));
                buckets.clear();
            }
        }
        rows.write(new MongoRows.Writes(List.of(), List.copyOf(buckets), List.of(), Map.of(), null));

        Programme programme = rows.programme();

        assertThat(programme.activities()).as("about 80 MB of rows, above the 48 MB one reply may hold")
                .hasSize(80_000);
        assertThat(programme.activities().get(79_999).id()).isEqualTo("a-079999");
    }
}
