package dev.pitwall.core.lead;

import java.time.Instant;
import java.util.Objects;

/**
 * What the stream knows of one of a vehicle's open leads, passed on with each message to the offer rules (an open
 * lead plus a workshop nearby makes a service offer).
 *
 * @param leadId           the lead's identity (deterministic: the same input gives the same id)
 * @param reason           why it was raised
 * @param subject          the service item, component or trouble code it is about
 * @param priority         how soon to act
 * @param suggestedService the workshop service that deals with it: a {@code ServiceItem} name, as POI catalogs list
 *                         the services a workshop offers (e.g. {@code OIL_SERVICE}, {@code BATTERY_CHECK})
 * @param openedAt         event time the lead was raised
 */
public record OpenLead(String leadId, LeadReason reason, String subject, LeadPriority priority,
        String suggestedService, Instant openedAt) {

    public OpenLead {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(openedAt, "openedAt");
        subject = subject == null ? "" : subject;
        suggestedService = suggestedService == null ? "" : suggestedService;
    }
}
