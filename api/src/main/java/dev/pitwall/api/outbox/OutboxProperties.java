package dev.pitwall.api.outbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox relay's settings ({@code pitwall.outbox.*}); the defaults are written down in application.yml.
 *
 * @param kafkaBootstrap  Kafka's bootstrap servers; empty: the relay is off and rows wait in {@code event_outbox}
 * @param pollInterval    how long the relay waits after a round that left nothing due
 * @param batchSize       rows one round claims at most
 * @param initialBackoff  how long a row waits after its first failed send; doubled after each further failure
 * @param maxBackoff      the longest a failed row waits before its next attempt
 * @param sendTimeout     how long one send may take until Kafka acknowledged it (the producer's
 *                        {@code delivery.timeout.ms} and {@code max.block.ms})
 * @param producer        further Kafka producer properties (security, compression, ...), e.g.
 *                        {@code pitwall.outbox.producer[security.protocol]=SSL}; they override Pitwall's
 */
@Validated
@ConfigurationProperties("pitwall.outbox")
public record OutboxProperties(
        String kafkaBootstrap,
        @NotNull Duration pollInterval,
        @Min(1) @Max(5_000) int batchSize,
        @NotNull Duration initialBackoff,
        @NotNull Duration maxBackoff,
        @NotNull Duration sendTimeout,
        Map<String, String> producer) {

    public OutboxProperties {
        producer = producer == null ? Map.of() : Map.copyOf(producer);
        requirePositive("poll-interval", pollInterval);
        requirePositive("initial-backoff", initialBackoff);
        requirePositive("send-timeout", sendTimeout);
        if (maxBackoff != null && initialBackoff != null && maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("pitwall.outbox: expected max-backoff >= initial-backoff, got "
                    + maxBackoff + " and " + initialBackoff);
        }
        if (sendTimeout != null && sendTimeout.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException("pitwall.outbox.send-timeout: expected at least 100ms, got "
                    + sendTimeout);
        }
    }

    /** Whether the relay runs: only when Kafka's address is configured. */
    public boolean relayEnabled() {
        return kafkaBootstrap != null && !kafkaBootstrap.isBlank();
    }

    private static void requirePositive(String name, Duration value) {
        if (value != null && (value.isZero() || value.isNegative())) {
            throw new IllegalArgumentException("pitwall.outbox." + name + ": expected a positive duration, got "
                    + value);
        }
    }
}
