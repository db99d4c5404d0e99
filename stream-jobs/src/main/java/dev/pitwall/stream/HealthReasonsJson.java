package dev.pitwall.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.core.health.HealthContribution;
import java.util.List;

/** The jsonb form of an assessment's reasons: {@code [{"rule": ..., "points": -8, "reason": ...}]}. */
final class HealthReasonsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HealthReasonsJson() {
    }

    static String write(List<HealthContribution> contributions) {
        try {
            return MAPPER.writeValueAsString(contributions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write health reasons as JSON", e);
        }
    }
}
