package dev.pitwall.api.prompt;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pitwall.prompts.*} (defaults in application.yml).
 *
 * @param enabled whether the API prompts on its own schedule
 * @param pollInterval how often open leads are planned and due prompts sent
 * @param batchSize prompts planned or sent per transaction
 * @param quietFrom start of the quiet hours, local time
 * @param quietUntil end of the quiet hours, local time
 * @param timeZone whose local time
 */
@ConfigurationProperties("pitwall.prompts")
public record PromptProperties(boolean enabled, Duration pollInterval, int batchSize, LocalTime quietFrom,
        LocalTime quietUntil, ZoneId timeZone) {

    public PromptProperties {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("pitwall.prompts.batch-size: expected 1 to 10000, got " + batchSize);
        }
    }
}
