package dev.pitwall.api.campaign;

import dev.pitwall.api.web.ConflictException;
import java.util.Map;

/** A campaign asked to move from a status it is not in: answered 409 with the status it is in. */
class CampaignStateException extends ConflictException {

    private final String campaignStatus;

    CampaignStateException(Campaign campaign, String expected) {
        super("Campaign is in another state", "campaignId", "Campaign " + campaign.campaignId() + " is "
                + campaign.status() + "; this needs it " + expected + ".");
        this.campaignStatus = campaign.status();
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("campaignStatus", campaignStatus);
    }
}
