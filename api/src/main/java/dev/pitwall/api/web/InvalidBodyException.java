package dev.pitwall.api.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A JSON request body with one or more fields a caller got wrong, answered as one 400 problem that names the first
 * field (as every other 400 of this API does) and lists all of them in {@code errors}.
 */
public class InvalidBodyException extends RuntimeException {

    private final transient List<Violation> violations;

    /** The detail is the violations' messages. */
    public InvalidBodyException(List<Violation> violations) {
        this(violations.stream().map(Violation::message).collect(Collectors.joining(" ")), violations);
    }

    /** For violations whose messages are worded elsewhere (core's rules word their own). */
    protected InvalidBodyException(String detail, List<Violation> violations) {
        super(detail);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One bad field: its JSON path, what was expected, and what came ({@code null} when nothing did). */
    public record Violation(String field, String expected, Object actual) {

        public String message() {
            return "Invalid '" + field + "': expected " + expected + ", got "
                    + (actual == null ? "nothing" : "'" + actual + "'") + ".";
        }
    }
}
