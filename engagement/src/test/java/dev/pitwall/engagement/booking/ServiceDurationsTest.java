package dev.pitwall.engagement.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.servicebook.ServiceItem;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceDurationsTest {

    static Map<ServiceItem, Duration> everyItem(Duration each) {
        Map<ServiceItem, Duration> durations = new EnumMap<>(ServiceItem.class);
        for (ServiceItem item : ServiceItem.values()) {
            durations.put(item, each);
        }
        return durations;
    }

    @Test
    void aVisitForSeveralServicesTakesTheirSumCountingEachOnce() {
        Map<ServiceItem, Duration> durations = everyItem(Duration.ofMinutes(30));
        durations.put(ServiceItem.OIL_SERVICE, Duration.ofMinutes(60));
        durations.put(ServiceItem.ANNUAL_INSPECTION, Duration.ofMinutes(90));
        ServiceDurations services = new ServiceDurations(durations);

        assertThat(services.total(List.of(ServiceItem.OIL_SERVICE))).isEqualTo(Duration.ofMinutes(60));
        assertThat(services.total(List.of(ServiceItem.OIL_SERVICE, ServiceItem.ANNUAL_INSPECTION,
                ServiceItem.CABIN_FILTER, ServiceItem.OIL_SERVICE))).isEqualTo(Duration.ofMinutes(180));
    }

    @Test
    void refusesAMissingServiceType() {
        Map<ServiceItem, Duration> durations = everyItem(Duration.ofMinutes(30));
        durations.remove(ServiceItem.SPARK_PLUGS);
        durations.remove(ServiceItem.AIR_FILTER);

        assertThatThrownBy(() -> new ServiceDurations(durations))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing SPARK_PLUGS, AIR_FILTER");
    }

    @Test
    void refusesDurationsThatAreNotWholePositiveMinutes() {
        for (Duration bad : List.of(Duration.ZERO, Duration.ofMinutes(-5), Duration.ofSeconds(90),
                Duration.ofHours(25))) {
            Map<ServiceItem, Duration> durations = everyItem(Duration.ofMinutes(30));
            durations.put(ServiceItem.TIRE_ROTATION, bad);
            assertThatThrownBy(() -> new ServiceDurations(durations))
                    .hasMessageContaining("TIRE_ROTATION: expected whole minutes");
        }
    }

    @Test
    void aVisitNeedsAtLeastOneService() {
        ServiceDurations services = new ServiceDurations(everyItem(Duration.ofMinutes(30)));

        assertThatThrownBy(() -> services.total(List.of())).hasMessageContaining("at least one");
    }
}
