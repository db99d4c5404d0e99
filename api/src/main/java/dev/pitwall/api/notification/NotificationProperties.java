package dev.pitwall.api.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The notification dispatcher's settings ({@code pitwall.notifications.*}); the defaults are written down in
 * application.yml. SMTP itself is {@code spring.mail.*}: with {@code spring.mail.host} unset e-mail is off and
 * e-mail messages wait, PENDING.
 *
 * @param pollInterval    how long the dispatcher waits after a round that left nothing due
 * @param batchSize       messages one round claims at most
 * @param sendConcurrency messages of one round sent at the same time
 * @param maxAttempts     attempts before a message that keeps failing is given up (FAILED)
 * @param initialBackoff  the wait after a message's first failed attempt; doubled after each further one
 * @param maxBackoff      the longest wait between two attempts
 * @param claimLease      how long a claimed message is reserved for the dispatcher sending it; after a crash it is
 *                        sent again once this has passed. Longer than any send may take
 * @param publicBaseUrl   the API's address as subscribers reach it, for the unsubscribe links in e-mails
 */
@Validated
@ConfigurationProperties("pitwall.notifications")
public record NotificationProperties(
        @NotNull Duration pollInterval,
        @Min(1) @Max(1_000) int batchSize,
        @Min(1) @Max(64) int sendConcurrency,
        @Min(1) @Max(100) int maxAttempts,
        @NotNull Duration initialBackoff,
        @NotNull Duration maxBackoff,
        @NotNull Duration claimLease,
        @NotNull URI publicBaseUrl,
        @Valid @NotNull Email email,
        @Valid @NotNull Webhook webhook,
        @Valid @NotNull Unsubscribe unsubscribe) {

    public NotificationProperties {
        requirePositive("poll-interval", pollInterval);
        requirePositive("initial-backoff", initialBackoff);
        if (maxBackoff != null && initialBackoff != null && maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("pitwall.notifications: expected max-backoff >= initial-backoff, got "
                    + maxBackoff + " and " + initialBackoff);
        }
        if (claimLease != null && webhook != null && webhook.timeout() != null
                && claimLease.compareTo(webhook.timeout().multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("pitwall.notifications.claim-lease: expected at least twice "
                    + "webhook.timeout (" + webhook.timeout() + "), got " + claimLease);
        }
        if (publicBaseUrl != null && !publicBaseUrl.isAbsolute()) {
            throw new IllegalArgumentException("pitwall.notifications.public-base-url: expected an absolute URL such "
                    + "as https://api.pitwall.dev, got " + publicBaseUrl);
        }
    }

    /** E-mail as Pitwall writes it (the server is {@code spring.mail.*}). */
    public record Email(@NotBlank String from) {
    }

    /**
     * Webhook requests.
     *
     * @param connectTimeout how long connecting to an endpoint may take
     * @param timeout        how long an endpoint may take to answer; a timeout is retried
     */
    public record Webhook(@NotNull Duration connectTimeout, @NotNull Duration timeout) {

        public Webhook {
            requirePositive("webhook.connect-timeout", connectTimeout);
            requirePositive("webhook.timeout", timeout);
        }
    }

    /**
     * Unsubscribe links.
     *
     * @param secret the HMAC key of unsubscribe tokens, at least 32 bytes; required when e-mail is on (a link must
     *               work after a restart), otherwise a random one is used
     * @param maxAge how long a link keeps working
     */
    public record Unsubscribe(String secret, @NotNull Duration maxAge) {

        public Unsubscribe {
            requirePositive("unsubscribe.max-age", maxAge);
        }

        public boolean hasSecret() {
            return secret != null && !secret.isBlank();
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value != null && (value.isZero() || value.isNegative())) {
            throw new IllegalArgumentException("pitwall.notifications." + name + ": expected a positive duration, got "
                    + value);
        }
    }
}
