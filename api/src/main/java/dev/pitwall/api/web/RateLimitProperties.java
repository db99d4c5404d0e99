package dev.pitwall.api.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many {@code /api/**} requests one client may make ({@code pitwall.api.rate-limit.*}, defaults in
 * application.yml): a token bucket per client that holds {@code capacity} requests and gets {@code refillTokens}
 * back every {@code refillPeriod}, spread evenly over it.
 *
 * @param enabled      false: no limit at all
 * @param capacity     the most requests a client may make at once (the bucket's size)
 * @param refillTokens requests a client earns back per {@code refillPeriod}
 * @param refillPeriod the period of {@code refillTokens}
 * @param maxClients   buckets kept at most; beyond it the least recently seen client's bucket is dropped (that client
 *                     starts again with a full one), so that memory stays bounded whoever calls
 */
@Validated
@ConfigurationProperties("pitwall.api.rate-limit")
public record RateLimitProperties(
        @NotNull Boolean enabled,
        @Min(1) long capacity,
        @Min(1) long refillTokens,
        @NotNull Duration refillPeriod,
        @Min(1) int maxClients) {

    public RateLimitProperties {
        if (refillPeriod != null && (refillPeriod.isNegative() || refillPeriod.isZero())) {
            throw new IllegalArgumentException("pitwall.api.rate-limit.refill-period: expected a positive duration, "
                    + "got " + refillPeriod);
        }
    }
}
