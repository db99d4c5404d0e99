package dev.pitwall.api.web;

import dev.pitwall.api.web.InvalidBodyException.Violation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The fields a JSON request body of one endpoint may hold and what each expects: names the field of a body Jackson
 * could not read, so that an unreadable body is answered like a body that breaks a rule.
 */
public final class RequestBodyFields {

    private static final String DEFAULT_EXPECTED = "a value of the right type";

    private final Map<String, Field> byName = new LinkedHashMap<>();
    private final String names;

    /**
     * One top-level field of the body.
     *
     * @param name            its JSON name
     * @param expected        what it expects, for a caller
     * @param elementExpected for an array, what each element expects; null otherwise
     */
    public record Field(String name, String expected, String elementExpected) {

        public static Field of(String name, String expected) {
            return new Field(name, expected, null);
        }

        public static Field array(String name, String expected, String elementExpected) {
            return new Field(name, expected, elementExpected);
        }
    }

    public RequestBodyFields(Field... fields) {
        Arrays.stream(fields).forEach(f -> byName.put(f.name(), f));
        this.names = String.join(", ", byName.keySet());
    }

    /** A body that is not JSON, a field of the wrong type or an unknown field: named when Jackson knows it. */
    public InvalidBodyException unreadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = jacksonCause(ex);
        if (jackson instanceof UnrecognizedPropertyException unknown) {
            return invalid(path(unknown), "only the fields " + names, "an unknown field");
        }
        if (jackson == null || jackson.getPath().isEmpty()) {
            String what = jackson == null ? ex.getMostSpecificCause().getMessage() : jackson.getOriginalMessage();
            return invalid("body", "a JSON object with the fields " + names,
                    what == null ? "nothing" : what.lines().findFirst().orElse(what));
        }
        String path = path(jackson);
        String top = Objects.requireNonNullElse(jackson.getPath().get(0).getPropertyName(), "");
        Object actual = jackson instanceof InvalidFormatException format ? format.getValue()
                : "a value of another type";
        return invalid(path, expected(top, path), actual);
    }

    private String expected(String top, String path) {
        Field field = byName.get(top);
        if (field == null) {
            return DEFAULT_EXPECTED;
        }
        return field.elementExpected() != null && path.startsWith(top + "[") ? field.elementExpected()
                : field.expected();
    }

    private static InvalidBodyException invalid(String field, String expected, Object actual) {
        return new InvalidBodyException(List.of(new Violation(field, expected, actual)));
    }

    private static JacksonException jacksonCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** "odometerKm", "items[1]": the JSON path of the field Jackson could not read; "body" when it names none. */
    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
