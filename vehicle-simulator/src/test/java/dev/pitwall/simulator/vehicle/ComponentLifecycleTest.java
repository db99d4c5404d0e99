package dev.pitwall.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.simulator.vehicle.MaintenanceEvent.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Natural degradation (no scripts) over five months of forty cars, worn four times as fast as the documented
 * rates: every part crosses its limit somewhere, fails there, and the repair resets it.
 */
class ComponentLifecycleTest {

    private static final long START = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
    private static final long SAMPLE = 15 * 60_000L;
    private static final int DAYS = 150;

    /** An event with the state of the part when it happened. */
    private record Observed(MaintenanceEvent event, int vehicle, boolean atLimit, double remainingLife) {
    }

    private static final List<Observed> EVENTS = new ArrayList<>();

    @BeforeAll
    static void simulate() {
        FleetSettings settings = FleetSettings.of(Region.MUNICH, 0.01, 0.002).withWearFactor(4);
        for (int v = 0; v < 40; v++) {
            int index = v;
            SimulatedVehicle[] self = new SimulatedVehicle[1];
            VehicleIdentity identity = VehicleIdentity.create(21, v, SAMPLE);
            self[0] = SimulatedVehicle.create(21, identity, settings, START, e -> EVENTS.add(
                    new Observed(e, index, atLimit(self[0], e.component()), self[0].parts().remainingLife(e.component()))));
            for (long t = START; t < START + DAYS * 86_400_000L; t += SAMPLE) {
                self[0].advance(t);
            }
        }
    }

    private static boolean atLimit(SimulatedVehicle v, Component c) {
        Parts p = v.parts();
        return switch (c) {
            case BATTERY -> p.battery().lastCrankVolts() < Battery.CANNOT_CRANK_VOLTS;
            case BRAKE_PADS -> p.pads().atLimit();
            case TIRES -> p.tires().flat(v.ambientC()) || p.tires().treadAtLimit();
            case ENGINE_OIL -> p.oil().exhausted();
            case COOLING -> p.cooling().wornOut() || v.coolantC() >= CoolingSystem.OVERHEAT_C;
            case IGNITION -> p.ignition().wornOut();
        };
    }

    private static List<Observed> of(Component c, Kind kind) {
        return EVENTS.stream().filter(o -> o.event().component() == c && o.event().kind() == kind).toList();
    }

    @ParameterizedTest
    @EnumSource(Component.class)
    void eachPartFailsWhenItCrossesItsLimitAndTheRepairResetsIt(Component component) {
        List<Observed> failures = of(component, Kind.FAILURE);
        List<Observed> repairs = of(component, Kind.REPAIR);

        assertThat(failures).as(component + " failures").isNotEmpty();
        assertThat(failures).allSatisfy(f -> assertThat(f.atLimit()).as("at its limit when it failed: " + f).isTrue());
        assertThat(repairs).allSatisfy(r -> {
            if (component != Component.BATTERY) { // the car keeps the failed start's dip until the next start
                assertThat(r.atLimit()).as("no longer at its limit after the repair: " + r).isFalse();
            }
            // pads: the worn axle is new, the other one was replaced only if it was near its limit too
            assertThat(r.remainingLife()).isGreaterThan(component == Component.BRAKE_PADS ? 0.15 : 0.9);
        });
        for (Observed f : failures) {
            Observed repair = repairs.stream().filter(r -> r.vehicle() == f.vehicle()
                    && r.event().epochMillis() > f.event().epochMillis()).findFirst().orElse(null);
            if (repair == null) {
                assertThat(f.event().epochMillis()).as("only a failure in the last days may await its repair")
                        .isGreaterThan(START + (DAYS - 9) * 86_400_000L);
                continue;
            }
            double downtimeDays = (repair.event().epochMillis() - f.event().epochMillis()) / 86_400_000.0;
            assertThat(downtimeDays).as("a few days off the road").isBetween(0.5, 8.01);
        }
    }

    @Test
    void aVehicleHasAtMostOnePartInTheWorkshopAndFailsNothingWhileThere() {
        for (int v = 0; v < 40; v++) {
            int vehicle = v;
            List<MaintenanceEvent> own = EVENTS.stream().filter(o -> o.vehicle() == vehicle)
                    .filter(o -> o.event().kind() != Kind.SERVICE).map(Observed::event).toList();
            for (int i = 0; i + 1 < own.size(); i += 2) {
                assertThat(own.get(i).kind()).isEqualTo(Kind.FAILURE);
                assertThat(own.get(i + 1).kind()).isEqualTo(Kind.REPAIR);
                assertThat(own.get(i + 1).component()).isEqualTo(own.get(i).component());
            }
        }
    }

    @Test
    void servicesResetPartsBeforeTheyFail() {
        assertThat(of(Component.ENGINE_OIL, Kind.SERVICE)).hasSizeGreaterThan(40);
        assertThat(of(Component.ENGINE_OIL, Kind.SERVICE)).allSatisfy(o -> assertThat(o.remainingLife()).isGreaterThan(0.9));
        assertThat(of(Component.BRAKE_PADS, Kind.SERVICE)).isNotEmpty()
                .allSatisfy(o -> assertThat(o.atLimit()).isFalse());
    }

    @Test
    void groundTruthOdometerAndTimeGoForwardPerVehicle() {
        for (int v = 0; v < 40; v++) {
            int vehicle = v;
            List<MaintenanceEvent> own = EVENTS.stream().filter(o -> o.vehicle() == vehicle).map(Observed::event).toList();
            for (int i = 1; i < own.size(); i++) {
                assertThat(own.get(i).epochMillis()).isGreaterThanOrEqualTo(own.get(i - 1).epochMillis());
                assertThat(own.get(i).odometerKm()).isGreaterThanOrEqualTo(own.get(i - 1).odometerKm());
            }
        }
    }
}
