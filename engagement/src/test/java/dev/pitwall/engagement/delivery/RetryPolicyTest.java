package dev.pitwall.engagement.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.engagement.delivery.RetryPolicy.Next;
import dev.pitwall.engagement.delivery.SendResult.PermanentFailure;
import dev.pitwall.engagement.delivery.SendResult.TransientFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    final RetryPolicy policy = new RetryPolicy(new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1)), 3);

    @Test
    void marksADeliveredMessageSent() {
        assertThat(policy.next(1, SendResult.delivered())).isEqualTo(new Next.Sent());
    }

    @Test
    void retriesATransientFailureWithGrowingWaitsUntilTheLastAttempt() {
        TransientFailure timeout = new TransientFailure("timed out");

        assertThat(policy.next(1, timeout)).isEqualTo(new Next.Retry("timed out", Duration.ofSeconds(10)));
        assertThat(policy.next(2, timeout)).isEqualTo(new Next.Retry("timed out", Duration.ofSeconds(20)));
        assertThat(policy.next(3, timeout)).isEqualTo(new Next.GiveUp("timed out (attempt 3 of 3)"));
    }

    @Test
    void givesUpAtOnceOnAPermanentFailure() {
        assertThat(policy.next(1, new PermanentFailure("HTTP 410"))).isEqualTo(new Next.GiveUp("HTTP 410"));
    }

    @ParameterizedTest
    @CsvSource({"200, Delivered", "204, Delivered", "408, TransientFailure", "429, TransientFailure",
            "500, TransientFailure", "503, TransientFailure", "400, PermanentFailure", "401, PermanentFailure",
            "404, PermanentFailure", "410, PermanentFailure", "301, PermanentFailure"})
    void classifiesWebhookAnswers(int status, String expected) {
        assertThat(SendResult.ofHttpStatus(status).getClass().getSimpleName()).isEqualTo(expected);
    }

    @Test
    void explainsThatRedirectsAreNotFollowed() {
        assertThat(SendResult.ofHttpStatus(302))
                .isEqualTo(new PermanentFailure("HTTP 302 (redirects are not followed)"));
    }
}
