package dk.holbaek.experiments.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dk.holbaek.experiments.core.experiment.api.ExperimentConcluded;

/** A conclusion recorded before hypotheses were judged reads as one whose hypothesis is not judged yet. */
class ExperimentConcludedUpcasterTest {

    private static final String REVISION_1_JSON = """
            {"experimentId":"exp-1","concludedOn":"2015-03-31","summary":"Borgerne brugte budgettet klogt."}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    @Test
    void aRevision1Conclusion_isReadAsNotYetJudged() {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Experiment", "exp-1", 7, "event-7",
                Instant.parse("2015-04-01T08:00:00Z"), ExperimentConcluded.class.getName(), "1", REVISION_1_JSON, "{}");

        List<IntermediateEventRepresentation> upcast = new ExperimentConcludedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType())
                .isEqualTo(new SimpleSerializedType(ExperimentConcluded.class.getName(), "2"));
        ExperimentConcluded event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new ExperimentConcluded("exp-1", LocalDate.of(2015, 3, 31),
                "Borgerne brugte budgettet klogt.", null, null));
    }
}
