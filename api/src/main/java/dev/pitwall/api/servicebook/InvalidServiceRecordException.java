package dev.pitwall.api.servicebook;

import dev.pitwall.core.servicebook.ServiceRecordRules.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** A service request with one or more fields a caller got wrong; each is named with what was expected. */
class InvalidServiceRecordException extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidServiceRecordException(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining(" ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    List<Violation> violations() {
        return violations;
    }
}
