package dev.pitwall.core.health;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.pitwall.core.topic.WireFormat;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON form of {@link HealthAssessment} on {@code vehicle-health.v1}. */
public final class HealthAssessmentFormat implements WireFormat<HealthAssessment> {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public byte[] encode(HealthAssessment value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public HealthAssessment decode(byte[] bytes) {
        try {
            return MAPPER.readValue(bytes, HealthAssessment.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
