package dev.pitwall.api.consent;

import java.util.List;
import java.util.stream.Collectors;

/** A consent request with one or more fields a caller got wrong; each is named with what was expected. */
class InvalidConsentException extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidConsentException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    List<Violation> violations() {
        return violations;
    }

    /** One bad field: its JSON name, what was expected, and what came ({@code null} when nothing did). */
    record Violation(String field, String expected, Object actual) {

        String message() {
            return "Invalid '" + field + "': expected " + expected + ", got "
                    + (actual == null ? "nothing" : "'" + actual + "'") + ".";
        }
    }
}
