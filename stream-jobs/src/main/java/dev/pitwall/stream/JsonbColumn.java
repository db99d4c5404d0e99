package dev.pitwall.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * The jsonb form of a list of records, for the explanation columns: health reasons
 * ({@code [{"rule": ..., "points": -8, "reason": ...}]}) and prediction features
 * ({@code [{"feature": ..., "value": 9.91, "contribution": 1.7}]}).
 */
final class JsonbColumn {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonbColumn() {
    }

    static String write(List<?> items) {
        try {
            return MAPPER.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + items + " as JSON", e);
        }
    }
}
