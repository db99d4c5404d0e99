package dev.pitwall.api.lead;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One row of {@code service_lead_event}: something the stream saw, or a status change an advisor made. */
@Schema(description = "One event of a lead: the stream's OPENED, ESCALATED, RESOLVED, EXPIRED (at = event time, "
        + "actor = stream) or an advisor's STATUS change (at = wall-clock time, actor = the token's subject)")
public record LeadHistoryEntry(
        @Schema(description = "OPENED, ESCALATED, RESOLVED, EXPIRED or STATUS") String event,
        Instant at,
        @Schema(description = "The status after a STATUS event; null for the stream's events") LeadStatus status,
        @Schema(description = "The lead's priority as of this event") String priority,
        @Schema(description = "The stream's evidence, or the advisor's note; may be empty") String detail,
        @Schema(description = "'stream', or the subject (sub) of the advisor's token") String actor) {
}
