package dk.holbaek.experiments.core.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dk.holbaek.experiments.core.recommendation.api.LearningReference;
import dk.holbaek.experiments.core.recommendation.api.RecommendationRecorded;

/** A recommendation recorded before it could say why, at what cost, by whom and by when reads with none of these. */
class RecommendationRecordedUpcasterTest {

    private static final String REVISION_1_JSON = """
            {"recommendationId":"r-1","title":"Borgerbudgetter","text":"Byrådet bør afsætte en pulje",
             "basedOnLearnings":[{"learningId":"l-1","experimentId":"exp-1"}]}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    @Test
    void aRevision1Recommendation_isReadWithoutItsNewFields() {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Recommendation", "r-1", 0, "event-1",
                Instant.parse("2015-11-01T08:00:00Z"), RecommendationRecorded.class.getName(), "1", REVISION_1_JSON, "{}");

        List<IntermediateEventRepresentation> upcast = new RecommendationRecordedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        RecommendationRecorded event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new RecommendationRecorded("r-1", "Borgerbudgetter", "Byrådet bør afsætte en pulje",
                List.of(new LearningReference("l-1", "exp-1"))));
    }
}
