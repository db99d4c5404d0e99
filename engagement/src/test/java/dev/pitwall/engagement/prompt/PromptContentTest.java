package dev.pitwall.engagement.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PromptContentTest {

    static final UUID LEAD = UUID.fromString("1ead0000-0000-4000-8000-000000000001");
    final PromptContent content = new PromptContent(URI.create("https://portal.pitwall.dev"));

    @Test
    void theDeepLinkPreFillsTheBookingAndNamesTheLead() {
        PromptContent.Lead lead = new PromptContent.Lead(LEAD, "WVWZZZCDZNW000002", "SERVICE_DUE", "OIL_SERVICE",
                "OIL_SERVICE", "due at 30,000 km, now 29,650 km", "ws-001");

        assertThat(content.deepLink(lead)).hasToString("https://portal.pitwall.dev/bookings/new?lead=" + LEAD
                + "&vin=WVWZZZCDZNW000002&service=OIL_SERVICE&workshop=ws-001");
        assertThat(content.model(lead)).containsEntry("serviceName", "oil and filter change")
                .containsEntry("evidence", "due at 30,000 km, now 29,650 km");
    }

    @Test
    void eachReasonNamesItsJob() {
        assertThat(PromptContent.serviceName(new PromptContent.Lead(LEAD, "V", "FAILURE_PREDICTED", "BATTERY", "", "e",
                null))).isEqualTo("check of the battery");
        assertThat(PromptContent.serviceName(new PromptContent.Lead(LEAD, "V", "SEVERE_DTC", "P0301", "", "e", null)))
                .isEqualTo("diagnosis of trouble code P0301");
    }

    @Test
    void aLeadWithoutServiceOrWorkshopLinksToAnEmptyForm() {
        PromptContent.Lead lead = new PromptContent.Lead(LEAD, "WVWZZZCDZNW000002", "SEVERE_DTC", "P0301", "", "e",
                null);
        assertThat(new PromptContent(URI.create("https://portal.example/app/")).deepLink(lead))
                .hasToString("https://portal.example/app/bookings/new?lead=" + LEAD + "&vin=WVWZZZCDZNW000002");
    }

    @Test
    void aRelativePortalIsRefused() {
        assertThatThrownBy(() -> new PromptContent(URI.create("/portal"))).hasMessageContaining("portal");
    }
}
