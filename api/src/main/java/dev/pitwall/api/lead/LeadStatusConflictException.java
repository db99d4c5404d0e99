package dev.pitwall.api.lead;

import java.util.Set;

/**
 * A status change the lead's current status does not allow: a step backwards, a skip the lifecycle has no arrow
 * for, any change of a CLOSED or EXPIRED lead, or a change that lost a race with another advisor or the stream.
 */
class LeadStatusConflictException extends RuntimeException {

    private final LeadStatus current;
    private final LeadStatus requested;

    LeadStatusConflictException(String leadId, LeadStatus current, LeadStatus requested) {
        super(message(leadId, current, requested));
        this.current = current;
        this.requested = requested;
    }

    LeadStatus current() {
        return current;
    }

    LeadStatus requested() {
        return requested;
    }

    Set<LeadStatus> allowed() {
        return current.allowedNext();
    }

    private static String message(String leadId, LeadStatus current, LeadStatus requested) {
        if (current.isFinal()) {
            return "Lead " + leadId + " is " + current + ", a final status: it cannot become " + requested + ".";
        }
        return "Lead " + leadId + " is " + current + ": it can become " + LeadStatus.names(current.allowedNext())
                + ", not " + requested + ".";
    }
}
