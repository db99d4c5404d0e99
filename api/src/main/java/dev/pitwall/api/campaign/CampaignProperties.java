package dev.pitwall.api.campaign;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pitwall.campaigns.*} (defaults in application.yml).
 *
 * @param enabled whether the API runs campaigns on its own schedule
 * @param pollInterval how often members join and are messaged
 * @param batchSize members handled per campaign and transaction
 * @param attributionDays a booking within this many days after joining counts for the member's group
 * @param timeZone whose calendar days a segment's day counts use
 */
@ConfigurationProperties("pitwall.campaigns")
public record CampaignProperties(boolean enabled, Duration pollInterval, int batchSize, int attributionDays,
        ZoneId timeZone) {

    public CampaignProperties {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("pitwall.campaigns.batch-size: expected 1 to 10000, got " + batchSize);
        }
        if (attributionDays < 1) {
            throw new IllegalArgumentException("pitwall.campaigns.attribution-days: expected 1 or more, got "
                    + attributionDays);
        }
    }
}
