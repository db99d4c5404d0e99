package dev.pitwall.core.servicebook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.servicebook.ServiceRecordRules.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRecordRulesTest {

    static final Instant NOW = Instant.parse("2026-01-31T08:00:00Z");
    static final ServiceRecordRules RULES = new ServiceRecordRules(500, 24, Duration.ofMinutes(5));
    static final ServiceSchedule SCHEDULE = ServiceBookEvaluatorTest.SCHEDULE; // oil, tyres, inspection
    static final VehicleReading NEWEST = new VehicleReading(NOW.minus(Duration.ofHours(1)), 48_211.4, 1_532.2);

    static List<Violation> check(List<String> items, Instant performedAt, Double km, Double hours) {
        return RULES.check(SCHEDULE, items, performedAt, km, hours, NEWEST, NOW);
    }

    @Test
    void acceptsACompletedServiceOfScheduledItems() {
        assertThat(check(List.of("OIL_SERVICE", "TIRE_ROTATION"), NOW.minus(Duration.ofDays(1)), 48_100.0, null))
                .isEmpty();
        assertThat(ServiceRecordRules.items(List.of("OIL_SERVICE", "TIRE_ROTATION")))
                .containsExactly(ServiceItem.OIL_SERVICE, ServiceItem.TIRE_ROTATION);
    }

    @Test
    void acceptsReadingsUpToTheToleranceBeyondTheNewestReport() {
        assertThat(check(List.of("OIL_SERVICE"), NOW, 48_711.4, 1_556.2)).isEmpty();
    }

    @Test
    void reportsEveryBadFieldByName() {
        List<Violation> violations = check(List.of("OIL_CHANGE", "SPARK_PLUGS", "TIRE_ROTATION", "TIRE_ROTATION"),
                NOW.plus(Duration.ofDays(1)), -5.0, 2_000.0);

        assertThat(violations).extracting(Violation::field).containsExactly("items[0]", "items[1]", "items[3]",
                "performedAt", "odometerKm", "engineHours");
        assertThat(violations.get(0).expected()).startsWith("one of OIL_SERVICE");
        assertThat(violations.get(0).actual()).isEqualTo("OIL_CHANGE");
        assertThat(violations.get(1).expected()).contains("schedule 'test'", "OIL_SERVICE, TIRE_ROTATION, ANNUAL_INSPECTION");
        assertThat(violations.get(2).expected()).isEqualTo("each item once");
        assertThat(violations.get(3).message()).contains("'performedAt'", "no later than 2026-01-31T08:05:00Z",
                "2026-02-01T08:00:00Z");
        assertThat(violations.get(4).message()).contains("'odometerKm'", "from 0", "-5.0");
        assertThat(violations.get(5).expected()).contains("at most 1556.2 h", "newest reported 1532.2 h");
    }

    @Test
    void rejectsAnOdometerBeyondTheNewestReportPlusTolerance() {
        List<Violation> violations = check(List.of("OIL_SERVICE"), NOW, 482_114.0, null);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("odometerKm");
            assertThat(v.expected()).contains("at most 48711.4 km", "48211.4 km", "500 km of tolerance");
        });
    }

    @Test
    void requiresItemsPerformedAtAndOdometer() {
        assertThat(check(List.of(), null, null, null)).extracting(Violation::field)
                .containsExactly("items", "performedAt", "odometerKm");
        assertThat(check(null, NOW, 1.0, null)).extracting(Violation::field).containsExactly("items");
    }

    @Test
    void theFutureStartsAfterTheLaterOfNowAndTheVehiclesNewestReport() {
        // a simulated fleet's event time may run ahead of the server's clock
        VehicleReading ahead = new VehicleReading(NOW.plus(Duration.ofDays(30)), 50_000.0, null);

        assertThat(RULES.check(SCHEDULE, List.of("OIL_SERVICE"), NOW.plus(Duration.ofDays(29)), 49_000.0, null, ahead,
                NOW)).isEmpty();
        assertThat(RULES.check(SCHEDULE, List.of("OIL_SERVICE"), NOW.plus(Duration.ofDays(31)), 49_000.0, null, ahead,
                NOW)).extracting(Violation::field).containsExactly("performedAt");
        assertThat(check(List.of("OIL_SERVICE"), NOW.plus(Duration.ofMinutes(5)), 1.0, null)).isEmpty();
    }

    @Test
    void withoutReportedReadingsOnlyTheSignIsChecked() {
        VehicleReading silent = new VehicleReading(NOW, null, null);

        assertThat(RULES.check(SCHEDULE, List.of("OIL_SERVICE"), NOW, 999_999.0, 99_999.0, silent, NOW)).isEmpty();
    }
}
