package dev.pitwall.api.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.servicebook.ServiceItem;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BookingPropertiesTest {

    /** Valid properties: 30 minutes per service, the rest as in application.yml. */
    static BookingProperties valid() {
        return new BookingProperties(2, 0, Duration.ofHours(2), Duration.ofDays(60), Duration.ofMinutes(30), 7, 14,
                50, 500, 25, 200, everyServiceTakes(Duration.ofMinutes(30)));
    }

    static Map<ServiceItem, Duration> everyServiceTakes(Duration duration) {
        Map<ServiceItem, Duration> durations = new EnumMap<>(ServiceItem.class);
        for (ServiceItem item : ServiceItem.values()) {
            durations.put(item, duration);
        }
        return durations;
    }

    @Test
    void buildsTheDomainsRulesAndDefaults() {
        BookingProperties properties = valid();

        assertThat(properties.rules().leadTime()).isEqualTo(Duration.ofHours(2));
        assertThat(properties.defaultCapacity().bays()).isEqualTo(2);
        assertThat(properties.durations().of(ServiceItem.AIR_FILTER)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void refusesPropertiesNoSearchCouldUseNamingTheProperty() {
        Map<ServiceItem, Duration> onlyOil = new EnumMap<>(Map.of(ServiceItem.OIL_SERVICE, Duration.ofMinutes(60)));
        assertThatThrownBy(() -> new BookingProperties(2, 0, Duration.ofHours(2), Duration.ofDays(60),
                Duration.ofMinutes(30), 7, 14, 50, 500, 25, 200, onlyOil))
                .hasMessageStartingWith("pitwall.booking: service durations").hasMessageContaining("AIR_FILTER");
        assertThatThrownBy(() -> new BookingProperties(2, 0, Duration.ofHours(2), Duration.ofDays(60),
                Duration.ofMinutes(30), 20, 14, 50, 500, 25, 200, everyServiceTakes(Duration.ofMinutes(30))))
                .hasMessageStartingWith("pitwall.booking.default-search-days");
        assertThatThrownBy(() -> new BookingProperties(null, 0, Duration.ofHours(2), Duration.ofDays(60),
                Duration.ofMinutes(30), 7, 14, 50, 500, 25, 200, everyServiceTakes(Duration.ofMinutes(30))))
                .hasMessageStartingWith("pitwall.booking.default-bays");
        assertThatThrownBy(() -> new BookingProperties(0, 0, Duration.ofHours(2), Duration.ofDays(60),
                Duration.ofMinutes(30), 7, 14, 50, 500, 25, 200, everyServiceTakes(Duration.ofMinutes(30))))
                .hasMessageStartingWith("pitwall.booking: bays");
    }
}
