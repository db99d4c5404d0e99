package dev.pitwall.api.idempotency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long Idempotency-Keys are kept ({@code pitwall.idempotency.*}); the values live in application.yml.
 *
 * @param retention     a key older than this is forgotten: repeating its request after that is a new request
 * @param sweepInterval how often the expired keys are deleted
 * @param batchSize     keys deleted per statement, so that one sweep never holds many row locks at once
 */
@Validated
@ConfigurationProperties("pitwall.idempotency")
public record IdempotencyProperties(@NotNull Duration retention, @NotNull Duration sweepInterval,
        @Min(1) @Max(100_000) int batchSize) {

    public IdempotencyProperties {
        if (retention != null && retention.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("pitwall.idempotency.retention: expected at least PT1H, so that a "
                    + "client's retries after a timeout still find their key, got " + retention);
        }
    }
}
