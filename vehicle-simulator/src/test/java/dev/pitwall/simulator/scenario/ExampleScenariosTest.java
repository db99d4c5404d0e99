package dev.pitwall.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.poi.GeoMath;
import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.poi.PoiFilter;
import dev.pitwall.core.poi.PoiIndex;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.poi.PoiMatch;
import dev.pitwall.core.servicebook.ItemState;
import dev.pitwall.core.servicebook.ItemStatus;
import dev.pitwall.core.servicebook.ServiceBookEvaluator;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.ServiceSchedule;
import dev.pitwall.core.servicebook.ServiceSchedules;
import dev.pitwall.core.servicebook.VehicleReading;
import dev.pitwall.core.telemetry.DecodeResult;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The example scenarios shipped in the jar: valid on the wire, deterministic, and doing what their descriptions say. */
class ExampleScenariosTest {

    private static final TelemetryCodec CODEC = new TelemetryCodec();

    @ParameterizedTest
    @ValueSource(strings = {"oil-service-due", "low-fuel-near-partner-station", "offline-and-back", "dtc-and-low-battery"})
    void everyMessageOfEveryExampleDecodesAsValidAndUnchanged(String name) {
        Scenario scenario = ScenarioFile.readResource("/scenarios/" + name + ".json");

        assertThat(scenario.telemetry()).isNotEmpty();
        for (Telemetry t : scenario.telemetry()) {
            DecodeResult decoded = CODEC.decode(CODEC.encode(t));
            assertThat(decoded).as("seq %d of %s", t.seq(), t.vin()).isInstanceOf(DecodeResult.Valid.class);
            assertThat(((DecodeResult.Valid) decoded).telemetry()).isEqualTo(t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"oil-service-due", "low-fuel-near-partner-station", "offline-and-back", "dtc-and-low-battery"})
    void everyExampleIsDeterministicWithGaplessSeqsAndMergedInEventTimeOrder(String name) {
        Scenario once = ScenarioFile.readResource("/scenarios/" + name + ".json");
        Scenario again = ScenarioFile.readResource("scenarios/" + name + ".json");

        assertThat(again.telemetry()).isEqualTo(once.telemetry());
        assertThat(once.description()).isNotBlank();
        int total = 0;
        for (Map.Entry<String, List<Telemetry>> e : once.telemetryByVehicle().entrySet()) {
            List<Telemetry> messages = e.getValue();
            total += messages.size();
            assertThat(messages.get(0).eventTime()).isEqualTo(once.start());
            for (int i = 0; i < messages.size(); i++) {
                assertThat(messages.get(i).vin()).isEqualTo(e.getKey());
                assertThat(messages.get(i).seq()).isEqualTo(i);
                if (i > 0) {
                    assertThat(messages.get(i).eventTime()).isAfter(messages.get(i - 1).eventTime());
                    assertThat(messages.get(i).signals().odometerKm()).isGreaterThanOrEqualTo(messages.get(i - 1).signals().odometerKm());
                }
            }
        }
        assertThat(once.telemetry()).hasSize(total).isSortedAccordingTo(Scenario.EVENT_TIME_ORDER);
    }

    @Test
    void oilServiceDueMakesOilServiceTheOnlyItemThatFallsDue() {
        List<Telemetry> messages = ScenarioFile.readResource("/scenarios/oil-service-due.json")
                .telemetryByVehicle().get("SB1ZS3JE8PZ000001");
        ServiceSchedule schedule = ServiceSchedules.builtIn().forVin("SB1ZS3JE8PZ000001");
        Telemetry first = messages.get(0);
        VehicleReading firstReport = reading(first);

        List<String> changes = new ArrayList<>();
        Map<ServiceItem, ItemState> states = new EnumMap<>(ServiceItem.class);
        for (Telemetry t : messages) {
            for (ItemStatus status : ServiceBookEvaluator.evaluate(schedule, List.of(), firstReport, reading(t), t.eventTime())) {
                ItemState before = states.put(status.item(), status.state());
                if (before != null && before != status.state()) {
                    changes.add(status.item() + " " + status.state() + " at seq " + t.seq() + " " + t.eventTime()
                            + " " + t.signals().odometerKm() + " km " + t.signals().engineHours() + " h by " + status.decidingLimit());
                }
            }
        }

        assertThat(schedule.id()).isEqualTo("toyota-corolla-1.8");
        assertThat(first.signals().odometerKm()).isEqualTo(41_250.0);
        assertThat(first.signals().engineHours()).isEqualTo(1_210.0);
        assertThat(changes).containsExactly(
                "OIL_SERVICE DUE_SOON at seq 4451 2026-01-20T06:03:48Z 47730.853 km 1570.0633 h by ENGINE_HOURS",
                "OIL_SERVICE OVERDUE at seq 4945 2026-01-21T22:00:28Z 48449.821 km 1610.0078 h by ENGINE_HOURS");
        assertThat(messages).hasSize(4973);
        assertThat(messages.get(messages.size() - 1).eventTime()).isEqualTo("2026-01-22T00:12:32Z");
        assertThat(messages).allSatisfy(t -> assertThat(t.signals().fuelLevelPct()).isGreaterThan(20));
    }

    @Test
    void lowFuelNearPartnerStationHasTheStationAheadWhileFuelIsLow() {
        Scenario scenario = ScenarioFile.readResource("/scenarios/low-fuel-near-partner-station.json");
        PoiIndex pois = PoiCatalog.sample().index();
        var station = PoiCatalog.sample().byId("fs-008").orElseThrow();

        List<Telemetry> low = scenario.telemetry().stream().filter(t -> t.signals().fuelLevelPct() < 20).toList();

        assertThat(low).extracting(Telemetry::seq).containsExactly(15L, 16L, 17L, 18L, 19L, 20L);
        Telemetry firstLow = low.get(0);
        assertThat(firstLow.eventTime()).isEqualTo(scenario.start().plus(Duration.ofSeconds(450)));
        assertThat(firstLow.signals().fuelLevelPct()).isEqualTo(19.9);
        assertThat(distanceKm(firstLow, station.latitude(), station.longitude())).isCloseTo(3.75, org.assertj.core.data.Offset.offset(0.01));
        assertThat(GeoMath.angleBetweenDeg(firstLow.signals().headingDeg(), GeoMath.initialBearingDeg(
                firstLow.signals().latitude(), firstLow.signals().longitude(), station.latitude(), station.longitude())))
                .isLessThan(0.1);
        for (Telemetry t : low) {
            PoiFilter openPartnerFuel = PoiFilter.kinds(PoiKind.FUEL_STATION).partnersOnly().openAt(t.eventTime());
            List<PoiMatch> ahead = pois.ahead(t.signals().latitude(), t.signals().longitude(), t.signals().headingDeg(),
                    15, 45, openPartnerFuel);
            assertThat(ahead).as("seq %d", t.seq()).extracting(m -> m.poi().id()).containsExactly("fs-008");
            assertThat(ahead.get(0).distanceKm()).isLessThanOrEqualTo(5);
            assertThat(t.signals().engineRunning()).isTrue();
        }
        Telemetry arrival = low.get(low.size() - 1);
        assertThat(arrival.signals().latitude()).isEqualTo(station.latitude());
        assertThat(arrival.signals().longitude()).isEqualTo(station.longitude());
        assertThat(scenario.telemetry().get(21).signals().fuelLevelPct()).isEqualTo(90.0);
    }

    @Test
    void offlineAndBackFallsSilentForFifteenMinutesWhileTheOtherVehicleKeepsTalking() {
        Scenario scenario = ScenarioFile.readResource("/scenarios/offline-and-back.json");
        List<Telemetry> silent = scenario.telemetryByVehicle().get("WBA8E9C50LK000003");
        List<Telemetry> talking = scenario.telemetryByVehicle().get("WAUZZZF40MA000004");

        List<String> longGaps = new ArrayList<>();
        for (int i = 1; i < silent.size(); i++) {
            Duration gap = Duration.between(silent.get(i - 1).eventTime(), silent.get(i).eventTime());
            if (gap.compareTo(Duration.ofMinutes(5)) > 0) {
                longGaps.add(silent.get(i - 1).seq() + "@" + silent.get(i - 1).eventTime() + " -> "
                        + silent.get(i).seq() + "@" + silent.get(i).eventTime() + " " + gap);
            }
        }

        assertThat(longGaps).containsExactly("40@2026-01-07T08:20:00Z -> 41@2026-01-07T08:35:00Z PT15M");
        assertThat(talking).filteredOn(t -> t.eventTime().isAfter(Instant.parse("2026-01-07T08:20:00Z"))
                        && t.eventTime().isBefore(Instant.parse("2026-01-07T08:35:00Z")))
                .hasSizeGreaterThan(20);
        assertThat(scenario.telemetry()).hasSize(165);
    }

    @Test
    void dtcAndLowBatteryKeepTheirConditionsLongerThanTheAlarmThresholds() {
        Scenario scenario = ScenarioFile.readResource("/scenarios/dtc-and-low-battery.json");
        List<Telemetry> dtcCar = scenario.telemetryByVehicle().get("WF0XXXGCDXLA00005");
        List<Telemetry> batteryCar = scenario.telemetryByVehicle().get("WDD2050421R000006");

        List<Telemetry> listing = dtcCar.stream().filter(t -> t.signals().dtcs().contains("P0301")).toList();
        assertThat(listing.get(0).seq()).isEqualTo(21);
        assertThat(listing.get(0).eventTime()).isEqualTo("2026-01-08T18:10:30Z");
        assertThat(listing.get(listing.size() - 1).eventTime()).isEqualTo("2026-01-08T19:55:00Z");
        assertThat(listing).extracting(Telemetry::seq).isEqualTo(
                java.util.stream.LongStream.rangeClosed(21, listing.get(listing.size() - 1).seq()).boxed().toList());
        Telemetry cleared = dtcCar.get((int) listing.get(listing.size() - 1).seq() + 1);
        assertThat(cleared.seq()).isEqualTo(177);
        assertThat(cleared.eventTime()).isEqualTo("2026-01-08T19:55:30Z");
        assertThat(cleared.signals().dtcs()).isEmpty();

        List<Telemetry> lowAtRest = batteryCar.stream()
                .filter(t -> !t.signals().engineRunning() && t.signals().batteryVoltage() < 11.8).toList();
        assertThat(lowAtRest.get(0).seq()).isEqualTo(31);
        assertThat(lowAtRest.get(0).eventTime()).isEqualTo("2026-01-08T18:20:00Z");
        assertThat(lowAtRest.get(lowAtRest.size() - 1).seq()).isEqualTo(114);
        assertThat(lowAtRest.get(lowAtRest.size() - 1).eventTime()).isEqualTo("2026-01-09T01:15:00Z");
        assertThat(lowAtRest).hasSize(114 - 31 + 1);
        Telemetry started = batteryCar.get(115);
        assertThat(started.signals().engineRunning()).isTrue();
        assertThat(started.signals().crankingVoltage()).isEqualTo(8.4);
        assertThat(scenario.telemetry()).hasSize(341);
    }

    private static VehicleReading reading(Telemetry t) {
        return new VehicleReading(t.eventTime(), t.signals().odometerKm(), t.signals().engineHours());
    }

    private static double distanceKm(Telemetry t, double lat, double lon) {
        return GeoMath.distanceKm(t.signals().latitude(), t.signals().longitude(), lat, lon);
    }
}
