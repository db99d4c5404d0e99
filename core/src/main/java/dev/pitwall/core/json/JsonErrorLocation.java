package dev.pitwall.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a JSON file Jackson failed, in words a person editing the file can follow. */
public final class JsonErrorLocation {

    private JsonErrorLocation() {
    }

    /**
     * {@code " at models[2].items[0].months"} from Jackson's path, {@code " (line 12)"} when it has no path, or
     * nothing when it knows neither.
     */
    public static String of(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return " at " + path;
    }
}
