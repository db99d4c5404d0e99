package dev.pitwall.api.lead;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pitwall.core.lead.LeadPriority;
import dev.pitwall.core.lead.LeadReason;
import dev.pitwall.core.lead.NearbyWorkshop;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * One service-due lead as the stream raised it and advisors worked it: what it is about and why (the stream's
 * columns) and where it stands (the lifecycle, the advisors').
 */
@Schema(description = "A service-due lead. The stream sets what it says (priority, evidence, position, workshops, "
        + "openedAt, updatedAt, resolvedAt: event time); advisors move its status (statusChangedAt: wall-clock time).",
        example = Lead.EXAMPLE)
public record Lead(
        @Schema(description = "The lead's identity, derived by the stream from vin, reason, subject and openedAt")
        String leadId,
        String vin,
        @Schema(description = "SERVICE_DUE: a service item is due soon or overdue; FAILURE_PREDICTED: a component's "
                + "failure probability crossed its threshold; SEVERE_DTC: a severe trouble code stayed active")
        LeadReason reason,
        @Schema(description = "The service item, component or trouble code the lead is about") String subject,
        @Schema(description = "How soon to act; only ever rises while the lead is open") LeadPriority priority,
        LeadStatus status,
        @Schema(description = "The service item a workshop should do; empty when any workshop can diagnose it")
        String suggestedService,
        @Schema(description = "One sentence naming the numbers behind the lead") String evidence,
        @Schema(description = "Where the vehicle was when the stream last wrote the lead; null when unknown")
        Position position,
        @Schema(description = "The nearest workshops offering the suggested service, nearest first, as the stream "
                + "found them") List<NearbyWorkshop> workshops,
        @Schema(description = "Event time the condition began") Instant openedAt,
        @Schema(description = "Event time of the stream's newest event for it (opened, escalated)") Instant updatedAt,
        @Schema(description = "Event time the stream saw the condition end; null while it lasts") Instant resolvedAt,
        @Schema(description = "When it became CLOSED or EXPIRED; null before") Instant closedAt,
        @Schema(description = "RESOLVED (the condition ended), EXPIRED, or the advisor's note on closing it")
        String closeReason,
        @Schema(description = "Wall-clock time of its newest status change") Instant statusChangedAt,
        @Schema(description = "Great-circle distance from 'near' in km, rounded to 10 m; only in answers to a query "
                + "with 'near'") @JsonInclude(JsonInclude.Include.NON_NULL) Double distanceKm) {

    static final String EXAMPLE = """
            {"leadId": "6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31", "vin": "WVWZZZCDZLW123456", "reason": "SERVICE_DUE",
             "subject": "OIL_SERVICE", "priority": "HIGH", "status": "CONTACTED", "suggestedService": "OIL_SERVICE",
             "evidence": "Oil service overdue: due at 42,400 km, 5,811 km past",
             "position": {"latitude": 52.5200, "longitude": 13.4050},
             "workshops": [{"poiId": "ws-001", "name": "Autohaus Nord", "brand": "VW", "distanceKm": 1.8},
                           {"poiId": "ws-014", "name": "Kfz Meier", "brand": "", "distanceKm": 3.25}],
             "openedAt": "2026-01-29T07:12:00Z", "updatedAt": "2026-01-30T18:40:00Z", "resolvedAt": null,
             "closedAt": null, "closeReason": null, "statusChangedAt": "2026-01-31T09:15:02Z", "distanceKm": 4.12}""";

    public Lead {
        workshops = workshops == null ? List.of() : List.copyOf(workshops);
    }

    /** A vehicle position in degrees (WGS 84). */
    @Schema(description = "A position in degrees (WGS 84)")
    public record Position(double latitude, double longitude) {
    }
}
