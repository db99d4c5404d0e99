package dev.pitwall.api.campaign;

import dev.pitwall.engagement.campaign.Segment;
import dev.pitwall.engagement.campaign.Variant;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A new campaign as a marketer describes it: exactly the fields a caller may set. */
@Schema(description = "A campaign: who (segment), what (variants), how (channel), when (trigger) and how often (cap)",
        example = """
                {"name": "Oil service due, spring",
                 "segment": {"openLeadReasons": ["SERVICE_DUE"], "healthBands": ["GOOD", "FAIR"],
                             "near": {"latitude": 48.137, "longitude": 11.575, "radiusKm": 25}},
                 "channel": "EMAIL",
                 "variants": [
                   {"key": "A", "weight": 50, "subject": "Your service is due", "body": "Book in two taps.",
                    "link": "https://portal.pitwall.dev/bookings/new?service=OIL_SERVICE"},
                   {"key": "B", "weight": 50, "subject": "10 % off your oil service", "body": "Book this week."}],
                 "controlPercent": 10, "cap": {"messages": 2, "days": 7},
                 "trigger": {"type": "EVENT", "event": "LEAD_OPENED"}}""")
public record CampaignRequest(
        @Schema(description = "1 to 120 characters", requiredMode = Schema.RequiredMode.REQUIRED) String name,
        @Schema(description = "Who: every condition optional, all must hold (docs/campaigns.md); {} is every active "
                + "subscription") Segment segment,
        @Schema(description = "EMAIL or IN_APP", requiredMode = Schema.RequiredMode.REQUIRED) String channel,
        @Schema(description = "1 to 5 versions of the message, split by weight",
                requiredMode = Schema.RequiredMode.REQUIRED) List<Variant> variants,
        @Schema(description = "Percent of the audience held back as the control group, 0 to 50")
        Integer controlPercent,
        @Schema(description = "At most this many campaign messages per subscriber per days, over all campaigns")
        Cap cap,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Trigger trigger) {

    /** The frequency cap. */
    public record Cap(Integer messages, Integer days) {
    }

    /**
     * When members join: SCHEDULED at sendAt (the segment as it is then), or on an EVENT while the campaign is
     * active (a vehicle in the segment gets an open lead, a live offer or an active alarm).
     */
    public record Trigger(String type, Instant sendAt, String event) {
    }
}
