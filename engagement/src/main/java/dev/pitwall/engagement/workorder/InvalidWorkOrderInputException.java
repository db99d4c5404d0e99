package dev.pitwall.engagement.workorder;

import java.util.List;

/** Input (a quote, a checklist entry, a survey) with one or more fields that break the rules, all of them listed. */
public class InvalidWorkOrderInputException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidWorkOrderInputException(List<Violation> violations) {
        super(violations.size() + " invalid field(s), first: " + violations.get(0).field());
        this.violations = List.copyOf(violations);
    }

    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidWorkOrderInputException(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
