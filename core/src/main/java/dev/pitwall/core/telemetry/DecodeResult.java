package dev.pitwall.core.telemetry;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of decoding one payload: a valid telemetry message, or the reasons it was rejected. */
public sealed interface DecodeResult {

    record Valid(Telemetry telemetry) implements DecodeResult {
    }

    record Invalid(List<ValidationError> errors) implements DecodeResult {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs at least one error");
            }
        }

        /** One line for logs and the dead-letter header, e.g. {@code $.seq: must be an integer >= 0}. */
        public String reason() {
            return errors.stream().map(ValidationError::toString).collect(Collectors.joining("; "));
        }
    }
}
