package dev.pitwall.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Plausibility of the simulated signals over days of simulated driving, for cars living in Munich's climate. */
class VehiclePhysicsTest {

    private static final long START = Instant.parse("2026-01-15T00:00:00Z").toEpochMilli();
    private static final long INTERVAL = 10_000;

    /** Three simulated days of ten vehicles, a sample every 10 s. */
    private static final List<List<VehicleSignals>> FLEET = simulate(Region.MUNICH, 10, 3 * 8640, 0.05, 0.2);

    @Test
    void odometerAndEngineHoursNeverDecrease() {
        for (List<VehicleSignals> samples : FLEET) {
            for (int i = 1; i < samples.size(); i++) {
                assertThat(samples.get(i).odometerKm()).isGreaterThanOrEqualTo(samples.get(i - 1).odometerKm());
                assertThat(samples.get(i).engineHours()).isGreaterThanOrEqualTo(samples.get(i - 1).engineHours());
            }
        }
    }

    @Test
    void fuelStaysWithinTheTankAndVehiclesRefuelWhenLow() {
        int refuels = 0;
        for (List<VehicleSignals> samples : FLEET) {
            for (int i = 1; i < samples.size(); i++) {
                double fuel = samples.get(i).fuelLevelPct();
                assertThat(fuel).isBetween(0.0, 100.0);
                double before = samples.get(i - 1).fuelLevelPct();
                if (fuel - before > 50) {
                    refuels++;
                    assertThat(before).isLessThanOrEqualTo(Powertrain.REFUEL_BELOW_PCT); // as rounded to 0.1
                    assertThat(fuel).isGreaterThanOrEqualTo(90);
                }
            }
        }
        assertThat(refuels).isPositive();
    }

    @Test
    void positionsStayInTheRegionAndMoveNoFurtherThanTheSpeedAllows() {
        for (List<VehicleSignals> samples : FLEET) {
            for (int i = 0; i < samples.size(); i++) {
                VehicleSignals s = samples.get(i);
                assertThat(Region.MUNICH.contains(s.latitude(), s.longitude())).isTrue();
                if (i > 0) {
                    VehicleSignals p = samples.get(i - 1);
                    // at most 150 km/h for 10 s = 417 m, plus rounding
                    assertThat(metres(p, s)).isLessThan(420);
                }
            }
        }
    }

    @Test
    void vehiclesStayInsideEvenATinyRegion() {
        Region tiny = new Region(48.13, 11.56, 48.145, 11.58); // about 1.7 km x 1.5 km
        for (List<VehicleSignals> samples : simulate(tiny, 3, 8640, 0, 0)) {
            assertThat(samples).allSatisfy(s -> assertThat(tiny.contains(s.latitude(), s.longitude())).isTrue());
        }
    }

    @Test
    void vehiclesAlternateBetweenTripsAndParking() {
        int allTrips = 0;
        long allDriving = 0;
        for (List<VehicleSignals> samples : FLEET) {
            int tripStarts = 0;
            for (int i = 1; i < samples.size(); i++) {
                if (samples.get(i).engineRunning() && !samples.get(i - 1).engineRunning()) {
                    tripStarts++;
                }
            }
            // some cars stand whole days (see VehicleTraits.idleDayProbability), but every one leaves at least once
            assertThat(tripStarts).isBetween(1, 40);
            long driving = samples.stream().filter(VehicleSignals::engineRunning).count();
            assertThat(driving).isBetween(samples.size() / 500L, samples.size() / 2L);
            allTrips += tripStarts;
            allDriving += driving;
        }
        double tripsPerDay = allTrips / (3.0 * FLEET.size());
        double drivingHoursPerDay = allDriving * INTERVAL / 3_600_000.0 / (3.0 * FLEET.size());
        assertThat(tripsPerDay).isBetween(1.5, 6.0);
        assertThat(drivingHoursPerDay).isBetween(0.5, 2.0);
    }

    @Test
    void parkedCarsAreStillWithEngineOffAndRestingBattery() {
        List<VehicleSignals> parked = all(s -> !s.engineRunning());

        assertThat(parked).isNotEmpty().allSatisfy(s -> {
            assertThat(s.speedKmh()).isZero();
            assertThat(s.engineRpm()).isZero();
            if (!s.dtcs().contains(TroubleCodes.SYSTEM_VOLTAGE_LOW)) {
                // resting voltage: 12.6-12.9 V when full (with surface charge after a drive), lower when drained or aged
                assertThat(s.batteryVoltage()).isBetween(11.6, 12.95);
            }
        });
        long healthy = parked.stream().filter(s -> s.batteryVoltage() >= 12.2 && s.batteryVoltage() <= 12.9).count();
        assertThat(healthy).isGreaterThan(parked.size() * 7L / 10);
    }

    @Test
    void runningEnginesChargeTheBatteryAndRpmFollowsSpeed() {
        List<VehicleSignals> running = all(VehicleSignals::engineRunning);

        assertThat(running).isNotEmpty().allSatisfy(s -> {
            if (!s.dtcs().contains(TroubleCodes.SYSTEM_VOLTAGE_LOW)) {
                assertThat(s.batteryVoltage()).isBetween(13.7, 14.5);
            }
            assertThat(s.engineRpm()).isBetween(300.0, 6000.0); // idle 700-900, rough with a misfire
            assertThat(s.speedKmh()).isBetween(0.0, 145.0);
            if (s.speedKmh() > 20) {
                assertThat(s.engineRpm()).isGreaterThan(1000.0);
            }
        });
        double slowRpm = average(running.stream().filter(s -> s.speedKmh() < 3).toList());
        double fastRpm = average(running.stream().filter(s -> s.speedKmh() > 100).toList());
        assertThat(fastRpm).isGreaterThan(slowRpm + 1000);
    }

    @Test
    void coolantWarmsUpToAboutNinetyDegreesWhileDriving() {
        List<Double> warm = new ArrayList<>();
        for (List<VehicleSignals> samples : FLEET) {
            int runningFor = 0;
            for (VehicleSignals s : samples) {
                runningFor = s.engineRunning() ? runningFor + 1 : 0;
                if (runningFor > 120 && !s.dtcs().contains(TroubleCodes.THERMOSTAT)) { // 20 minutes of driving
                    // at least the thermostat's temperature; a worn cooling system runs hotter under load
                    assertThat(s.coolantTempC()).isBetween(86.0, CoolingSystem.OVERHEAT_C);
                    warm.add(s.coolantTempC());
                }
                assertThat(s.coolantTempC()).isBetween(-30.0, CoolingSystem.OVERHEAT_C);
            }
        }
        long atThermostat = warm.stream().filter(c -> c <= 94).count();
        assertThat(atThermostat).as("most cooling systems hold about 90 °C").isGreaterThan(warm.size() / 2L);
    }

    @Test
    void tirePressuresAreAroundNominalAndSlowLeaksRaiseTheTpmsCode() {
        List<VehicleSignals> all = all(s -> true);
        long inBand = all.stream().filter(s -> s.tirePressureFrontLeftKpa() > 215 && s.tirePressureFrontLeftKpa() < 255).count();
        assertThat(inBand).isGreaterThan(all.size() * 8L / 10);
        assertThat(all).allSatisfy(s -> assertThat(s.tirePressureRearRightKpa()).isBetween(60.0, 270.0));
        assertThat(all).anySatisfy(s -> assertThat(s.dtcs()).contains(TroubleCodes.TIRE_PRESSURE_LOW));
    }

    @Test
    void troubleCodesAppearAndClearAgain() {
        int appeared = 0;
        int cleared = 0;
        for (List<VehicleSignals> samples : simulate(Region.MUNICH, 10, 7 * 8640, 0.3, 0)) {
            for (int i = 1; i < samples.size(); i++) {
                List<String> before = samples.get(i - 1).dtcs();
                List<String> now = samples.get(i).dtcs();
                appeared += now.stream().filter(c -> !before.contains(c)).count();
                cleared += before.stream().filter(c -> !now.contains(c)).count();
            }
        }
        assertThat(appeared).isGreaterThan(5);
        assertThat(cleared).isGreaterThan(3);
    }

    @Test
    void ambientTemperatureIsPlausibleForMunichInJanuary() {
        assertThat(all(s -> true)).allSatisfy(s -> assertThat(s.ambientTempC()).isBetween(-15.0, 12.0));
    }

    private static List<VehicleSignals> all(Predicate<VehicleSignals> filter) {
        return FLEET.stream().flatMap(List::stream).filter(filter).toList();
    }

    private static double average(List<VehicleSignals> samples) {
        return samples.stream().mapToDouble(VehicleSignals::engineRpm).average().orElseThrow();
    }

    private static double metres(VehicleSignals a, VehicleSignals b) {
        double north = (b.latitude() - a.latitude()) * Region.METRES_PER_DEGREE;
        double east = (b.longitude() - a.longitude()) * Region.METRES_PER_DEGREE * Math.cos(Math.toRadians(a.latitude()));
        return Math.hypot(north, east);
    }

    private static List<List<VehicleSignals>> simulate(Region region, int vehicles, int samples, double dtcRate, double leakRate) {
        List<List<VehicleSignals>> fleet = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            VehicleIdentity identity = VehicleIdentity.create(11, v, INTERVAL);
            FleetSettings settings = FleetSettings.of(region, dtcRate, leakRate).withClimateMix(ClimateMix.only(ClimateZone.TEMPERATE));
            var vehicle = SimulatedVehicle.create(11, identity, settings, START, MaintenanceListener.NONE);
            List<VehicleSignals> list = new ArrayList<>(samples);
            for (int i = 0; i < samples; i++) {
                list.add(vehicle.advanceTo(START + i * INTERVAL));
            }
            fleet.add(list);
        }
        return fleet;
    }
}
