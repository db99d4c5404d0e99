package dev.pitwall.core.telemetry;

/**
 * Why a message was rejected: the offending field (a JSON path such as {@code $.seq} or
 * {@code $.signals['Vehicle.Speed']}) and what was expected there.
 */
public record ValidationError(String field, String expected) {

    @Override
    public String toString() {
        return field + ": " + expected;
    }
}
