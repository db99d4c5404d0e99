package dev.pitwall.core.offer;

import static dev.pitwall.core.offer.OfferFixtures.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.offer.OfferRules.FuelCampaign;
import dev.pitwall.core.offer.OfferRules.ServiceCampaign;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class OfferRulesTest {

    static final Duration H = Duration.ofHours(1);

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        OfferRules d = OfferRules.DEFAULTS;

        assertThat(d.fuel()).isEqualTo(new FuelCampaign("fuel-partner-ahead", 20, 5, 10, 45, 5, Duration.ofHours(2)));
        assertThat(d.service()).isEqualTo(new ServiceCampaign("service-workshop-nearby", 3, Duration.ofMinutes(60),
                Duration.ofHours(12)));
        assertThat(d.caps()).isEqualTo(new FrequencyCaps(2, Duration.ofHours(24), 1, Duration.ofDays(7)));
        assertThat(d.quietHours()).isEqualTo(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), BERLIN));
        assertThat(d.campaignId(OfferKind.SERVICE)).isEqualTo("service-workshop-nearby");
        assertThat(d.validity(OfferKind.FUEL)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void rejectsBadValuesNamingTheField() {
        assertThatThrownBy(() -> new FuelCampaign("fuel", 0, 5, 10, 45, 5, H)).hasMessageStartingWith("fuel.belowPct:");
        assertThatThrownBy(() -> new FuelCampaign("fuel", 100, 5, 10, 45, 5, H)).hasMessageStartingWith("fuel.belowPct:");
        assertThatThrownBy(() -> new FuelCampaign("fuel", 20, -1, 10, 45, 5, H))
                .hasMessageStartingWith("fuel.hysteresisPct:");
        assertThatThrownBy(() -> new FuelCampaign("fuel", 90, 10, 10, 45, 5, H))
                .hasMessageStartingWith("fuel.hysteresisPct:");
        assertThatThrownBy(() -> new FuelCampaign("fuel", 20, 5, 0, 45, 5, H))
                .hasMessageStartingWith("fuel.stationRadiusKm:");
        assertThatThrownBy(() -> new FuelCampaign("fuel", 20, 5, Double.NaN, 45, 5, H))
                .hasMessageStartingWith("fuel.stationRadiusKm:");
        assertThatThrownBy(() -> new FuelCampaign("fuel", 20, 5, 10, 181, 5, H))
                .hasMessageStartingWith("fuel.aheadMaxAngleDeg:");
        assertThatThrownBy(() -> new FuelCampaign("fuel", 20, 5, 10, 45, -1, H))
                .hasMessageStartingWith("fuel.minSpeedKmh:");
        assertThatThrownBy(() -> new FuelCampaign("fuel", 20, 5, 10, 45, 5, Duration.ZERO))
                .hasMessageStartingWith("fuel.validity:");
        assertThatThrownBy(() -> new FuelCampaign("Fuel Offer", 20, 5, 10, 45, 5, H))
                .hasMessageStartingWith("fuel.id:").hasMessageContaining("'Fuel Offer'");
        assertThatThrownBy(() -> new ServiceCampaign("svc", -1, H, H))
                .hasMessageStartingWith("service.workshopRadiusKm:");
        assertThatThrownBy(() -> new ServiceCampaign("svc", 3, Duration.ofMinutes(-1), H))
                .hasMessageStartingWith("service.minOpenAhead:");
        assertThatThrownBy(() -> new ServiceCampaign("svc", 3, Duration.ofHours(25), H))
                .hasMessageStartingWith("service.minOpenAhead:");
        assertThatThrownBy(() -> new ServiceCampaign("svc", 3, H, Duration.ofSeconds(-1)))
                .hasMessageStartingWith("service.validity:");
        assertThatThrownBy(() -> new FrequencyCaps(0, H, 1, H)).hasMessageStartingWith("caps.perVehicle:");
        assertThatThrownBy(() -> new FrequencyCaps(1, H, FrequencyCaps.MAX_CAP + 1, H))
                .hasMessageStartingWith("caps.perCampaign:");
        assertThatThrownBy(() -> new FrequencyCaps(1, Duration.ZERO, 1, H))
                .hasMessageStartingWith("caps.perVehicleWindow:");
        assertThatThrownBy(() -> new QuietHours(null, LocalTime.NOON, BERLIN)).hasMessage("quietHours.from");
        assertThatThrownBy(() -> OfferRules.DEFAULTS.withService(new ServiceCampaign("fuel-partner-ahead", 3, H, H)))
                .hasMessageStartingWith("service.id:");
    }

    @Test
    void quietHoursMayLieWithinOneDayOrBeNone() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0), BERLIN);

        assertThat(lunch.contains(Instant.parse("2026-11-03T10:59:59Z"))).isFalse();
        assertThat(lunch.contains(Instant.parse("2026-11-03T11:00:00Z"))).isTrue();
        assertThat(lunch.contains(Instant.parse("2026-11-03T12:00:00Z"))).isFalse();
        assertThat(QuietHours.none(BERLIN).contains(Instant.parse("2026-11-03T23:00:00Z"))).isFalse();
    }

    @Test
    void theRulesAndTheDefaultAvailabilityTravelAsJavaSerialization() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(OfferRules.DEFAULTS);
            out.writeObject(WorkshopAvailability.openFor(Duration.ofMinutes(60)));
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(OfferRules.DEFAULTS);
            assertThat(in.readObject()).isInstanceOf(WorkshopAvailability.class);
        }
    }
}
