package dev.pitwall.core.lead;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One event of one service-due lead, as written to the service_lead table and {@code service-leads.v1}. A lead is
 * identified by {@code leadId}, derived from {@code (vin, reason, subject, openedAt)}: the same telemetry replayed
 * gives the same ids. Both instants are event time.
 *
 * @param leadId           the lead's identity
 * @param vin              the vehicle
 * @param reason           why the lead exists
 * @param subject          the service item, component or trouble code it is about
 * @param event            what happened to it
 * @param priority         how soon to act, as of this event
 * @param openedAt         event time the lead was opened
 * @param at               event time of this event
 * @param suggestedService the service item a workshop should do (a {@code ServiceItem} name), empty when any
 *                         workshop can diagnose it
 * @param evidence         one sentence naming the numbers behind the lead, for people
 * @param latitude         where the vehicle was, null when unknown
 * @param longitude        where the vehicle was, null when unknown
 * @param workshops        the nearest workshops offering the suggested service, nearest first (empty on
 *                         RESOLVED and EXPIRED)
 */
public record ServiceLead(String leadId, String vin, LeadReason reason, String subject, LeadEvent event,
        LeadPriority priority, Instant openedAt, Instant at, String suggestedService, String evidence,
        Double latitude, Double longitude, List<NearbyWorkshop> workshops) {

    public ServiceLead {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(at, "at");
        subject = subject == null ? "" : subject;
        suggestedService = suggestedService == null ? "" : suggestedService;
        evidence = evidence == null ? "" : evidence;
        workshops = workshops == null ? List.of() : List.copyOf(workshops);
    }
}
