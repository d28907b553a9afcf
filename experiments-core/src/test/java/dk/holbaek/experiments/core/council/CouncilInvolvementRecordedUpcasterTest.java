package dk.holbaek.experiments.core.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dk.holbaek.experiments.core.council.api.CouncilInvolvementRecorded;
import dk.holbaek.experiments.core.council.api.InvolvementForm;

class CouncilInvolvementRecordedUpcasterTest {

    private static final String REVISION_1_JSON = """
            {"involvementId":"ci-1","occurredOn":"2014-04-23","form":"THEME_MEETING",
             "topic":"Temamøde om nærdemokrati","experimentIds":["exp-1"]}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    @Test
    void aRevision1EventStoredBeforeTheFieldExisted_isReadAsNoProposal() {
        SerializedObject<String> payload = new SimpleSerializedObject<>(REVISION_1_JSON, String.class,
                new SimpleSerializedType(CouncilInvolvementRecorded.class.getName(), "1"));
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("CouncilInvolvement", "ci-1", 0, "event-1",
                Instant.parse("2014-04-24T08:00:00Z"), payload.getType().getName(), "1", REVISION_1_JSON, "{}");

        List<IntermediateEventRepresentation> upcast = new CouncilInvolvementRecordedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        CouncilInvolvementRecorded event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new CouncilInvolvementRecorded("ci-1", LocalDate.of(2014, 4, 23),
                InvolvementForm.THEME_MEETING, "Temamøde om nærdemokrati", List.of("exp-1"), false));
    }
}
