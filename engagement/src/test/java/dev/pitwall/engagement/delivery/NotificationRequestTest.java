package dev.pitwall.engagement.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotificationRequestTest {

    @Test
    void keepsWhatItWasGiven() {
        NotificationRequest request = new NotificationRequest("sub-1", Purpose.SERVICE,
                Set.of(Channel.EMAIL, Channel.IN_APP), "service-due-prompt", Map.of("vin", "WVWZZZCDZLW123456"),
                URI.create("https://app.pitwall.dev/bookings/new?lead=42"), Cause.of(CauseKind.LEAD, "42"));

        assertThat(request.channels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.IN_APP);
        assertThat(request.cause().reference()).isEqualTo("LEAD:42");
    }

    @Test
    void namesEveryMissingOrMalformedFieldAtOnce() {
        assertThatThrownBy(() -> new NotificationRequest(" ", null, Set.of(), "Bad/Id", null,
                URI.create("bookings/new"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subscriberId").hasMessageContaining("purpose").hasMessageContaining("channels")
                .hasMessageContaining("templateId").hasMessageContaining("deepLink").hasMessageContaining("cause");
    }
}
