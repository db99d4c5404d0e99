package dev.pitwall.api.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** How a campaign did: per variant and for the control group, with each variant's uplift over control. */
@Schema(description = "Results per variant against the control group. booked counts members who booked a visit "
        + "for that vehicle within the attribution window after joining; uplift is the variant's booking rate minus "
        + "the control group's, in percentage points (null without a control group or members).", example = """
        {"campaignId": "0b6a7c1e-5d1f-4f7e-8a0e-3f2b1c4d5e60", "attributionDays": 14, "groups": [
          {"variant": "CONTROL", "members": 40, "sent": 0, "capped": 0, "suppressed": 0, "opened": 0,
           "clicked": 0, "booked": 4, "bookingRatePercent": 10.0, "upliftPoints": null},
          {"variant": "A", "members": 180, "sent": 176, "capped": 4, "suppressed": 0, "opened": 121,
           "clicked": 48, "booked": 36, "bookingRatePercent": 20.0, "upliftPoints": 10.0}]}""")
public record CampaignResults(UUID campaignId, int attributionDays, List<Group> groups) {

    public CampaignResults {
        groups = List.copyOf(groups);
    }

    /** One variant, or the control group. */
    public record Group(String variant, long members, long sent, long capped, long suppressed,
            @Schema(description = "Members who opened their message: read it in the inbox or followed its link "
                    + "(e-mail opens without a click are not tracked: no tracking pixel)") long opened,
            @Schema(description = "Members who followed their message's tracked link (variants with a link)")
            long clicked,
            long booked, Double bookingRatePercent, Double upliftPoints) {
    }
}
