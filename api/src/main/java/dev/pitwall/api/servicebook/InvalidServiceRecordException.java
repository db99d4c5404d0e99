package dev.pitwall.api.servicebook;

import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.core.servicebook.ServiceRecordRules;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A service request with one or more fields a caller got wrong, as core's rules found them: answered in their own
 * words (core's messages) like any other invalid body.
 */
class InvalidServiceRecordException extends InvalidBodyException {

    InvalidServiceRecordException(List<ServiceRecordRules.Violation> violations) {
        super(violations.stream().map(ServiceRecordRules.Violation::message).collect(Collectors.joining(" ")),
                violations.stream().map(v -> new Violation(v.field(), v.expected(), v.actual())).toList());
    }
}
