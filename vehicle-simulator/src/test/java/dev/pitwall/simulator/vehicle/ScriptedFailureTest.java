package dev.pitwall.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.telemetry.VehicleSignals;
import dev.pitwall.simulator.vehicle.MaintenanceEvent.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Scripted failures: at the scripted time, not before, with the signals degrading towards it. */
class ScriptedFailureTest {

    private static final long START = Instant.parse("2026-02-02T00:00:00Z").toEpochMilli();
    private static final long SAMPLE = 15 * 60_000L;
    /** A battery scripted while the car drives fails at the next start: the car stands at most ten minutes then. */
    private static final Duration TOLERANCE = Duration.ofHours(2);

    private record Run(List<MaintenanceEvent> events, List<VehicleSignals> samples, List<Long> times) {
    }

    private static Run run(long seed, Component component, Duration after, int days) {
        FleetSettings settings = FleetSettings.of(Region.MUNICH, 0.01, 0.002)
                .withScriptedFailures(List.of(new ScriptedFailure(0, component, after)));
        List<MaintenanceEvent> events = new ArrayList<>();
        SimulatedVehicle vehicle = SimulatedVehicle.create(seed, VehicleIdentity.create(seed, 0, SAMPLE), settings, START, events::add);
        List<VehicleSignals> samples = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (long t = START; t < START + days * 86_400_000L; t += SAMPLE) {
            samples.add(vehicle.advanceTo(t));
            times.add(t);
        }
        return new Run(events, samples, times);
    }

    @ParameterizedTest
    @EnumSource(Component.class)
    void aScriptedPartFailsAtItsTimeNotBeforeAndIsRepaired(Component component) {
        Duration after = Duration.ofDays(6).plusHours(7).plusMinutes(13);
        long failAt = START + after.toMillis();
        for (long seed : new long[] {31, 32, 33}) {
            Run run = run(seed, component, after, 16);

            List<MaintenanceEvent> failures = run.events().stream()
                    .filter(e -> e.component() == component && e.kind() == Kind.FAILURE).toList();
            assertThat(failures).as("seed " + seed).hasSize(1);
            assertThat(failures.get(0).epochMillis()).as("seed " + seed)
                    .isBetween(failAt, failAt + TOLERANCE.toMillis());
            assertThat(run.events()).as("repaired after a few days")
                    .anySatisfy(e -> assertThat(e.component() == component && e.kind() == Kind.REPAIR).isTrue());
        }
    }

    @Test
    void aScriptedBatteryRestsAndCranksLowerAndLowerAndLogsLowVoltageBeforeItFails() {
        Duration after = Duration.ofDays(20);
        Run run = run(41, Component.BATTERY, after, 20);
        long failAt = START + after.toMillis();

        double crankFirstDays = mean(run, 0, 4, true);
        double crankLastDays = mean(run, 16, 20, true);
        double restFirstDays = mean(run, 0, 4, false);
        double restLastDays = mean(run, 16, 20, false);

        assertThat(crankLastDays).isLessThan(crankFirstDays - 0.6);
        assertThat(restLastDays).isLessThan(restFirstDays - 0.1);
        assertThat(run.samples()).allSatisfy(s -> {
            if (s.crankingVoltage() != null) {
                assertThat(s.crankingVoltage()).as("no failed start before its time").isGreaterThan(Battery.CANNOT_CRANK_VOLTS);
            }
        });
        boolean lowVoltageLogged = false;
        for (int i = 0; i < run.samples().size(); i++) {
            if (run.times().get(i) > failAt - 7 * 86_400_000L && !run.samples().get(i).dtcs().isEmpty()) {
                lowVoltageLogged |= run.samples().get(i).dtcs().stream().anyMatch(c -> c.equals("P0562") || c.equals("U3003"));
            }
        }
        assertThat(lowVoltageLogged).as("precursor codes in the last week").isTrue();
    }

    /** Mean cranking (or, engine off, resting) voltage over days {@code from..to} of the run. */
    private static double mean(Run run, int fromDay, int toDay, boolean cranking) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < run.samples().size(); i++) {
            long day = (run.times().get(i) - START) / 86_400_000L;
            VehicleSignals s = run.samples().get(i);
            if (day < fromDay || day >= toDay) {
                continue;
            }
            Double v = cranking ? s.crankingVoltage() : (s.engineRunning() ? null : s.batteryVoltage());
            if (v != null) {
                sum += v;
                n++;
            }
        }
        assertThat(n).isPositive();
        return sum / n;
    }
}
