package dev.pitwall.api.lead;

import dev.pitwall.api.web.ConflictException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A status change the lead's current status does not allow: a step backwards, a skip the lifecycle has no arrow
 * for, any change of a CLOSED or EXPIRED lead, or a change that lost a race with another advisor or the stream.
 */
class LeadStatusConflictException extends ConflictException {

    private final LeadStatus current;
    private final LeadStatus requested;

    LeadStatusConflictException(String leadId, LeadStatus current, LeadStatus requested) {
        super("Lead status conflict", "status", message(leadId, current, requested));
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

    /** What a client needs to pick a status the lead allows. */
    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentStatus", current.name());
        properties.put("requestedStatus", requested.name());
        properties.put("allowedStatuses", allowed().stream().map(Enum::name).toList());
        return properties;
    }

    private static String message(String leadId, LeadStatus current, LeadStatus requested) {
        if (current.isFinal()) {
            return "Lead " + leadId + " is " + current + ", a final status: it cannot become " + requested + ".";
        }
        return "Lead " + leadId + " is " + current + ": it can become " + LeadStatus.names(current.allowedNext())
                + ", not " + requested + ".";
    }
}
