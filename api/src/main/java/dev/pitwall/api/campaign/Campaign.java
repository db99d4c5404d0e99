package dev.pitwall.api.campaign;

import dev.pitwall.engagement.campaign.Segment;
import dev.pitwall.engagement.campaign.Variant;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A stored campaign. */
@Schema(description = "A campaign and where it stands", example = """
        {"campaignId": "0b6a7c1e-5d1f-4f7e-8a0e-3f2b1c4d5e60", "name": "Oil service due, spring",
         "segment": {"openLeadReasons": ["SERVICE_DUE"]}, "channel": "EMAIL",
         "variants": [{"key": "A", "weight": 50, "subject": "Your service is due", "body": "Book in two taps."},
                      {"key": "B", "weight": 50, "subject": "10 % off your oil service", "body": "Book this week."}],
         "controlPercent": 10, "capMessages": 2, "capDays": 7, "triggerType": "EVENT", "sendAt": null,
         "triggerEvent": "LEAD_OPENED", "status": "ACTIVE", "createdBy": "maria",
         "createdAt": "2027-03-01T09:00:00Z", "launchedAt": "2027-03-01T09:05:00Z"}""")
public record Campaign(UUID campaignId, String name, Segment segment, String channel, List<Variant> variants,
        int controlPercent, int capMessages, int capDays, String triggerType, Instant sendAt, String triggerEvent,
        @Schema(description = "DRAFT (editable, sends nothing), ACTIVE (members join and are messaged), COMPLETED "
                + "(a scheduled campaign has sent), CANCELLED") String status,
        String createdBy, Instant createdAt, Instant launchedAt) {

    public Campaign {
        variants = List.copyOf(variants);
    }
}
