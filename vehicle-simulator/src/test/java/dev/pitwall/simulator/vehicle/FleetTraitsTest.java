package dev.pitwall.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fleet is mixed: models, climates, driving styles, owners and ages differ, so a model has to generalise. */
class FleetTraitsTest {

    private static final long START = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();

    @Test
    void aFleetMixesClimatesStylesOwnersModelsAndAges() {
        List<FleetMember> fleet = IntStream.range(0, 300)
                .mapToObj(i -> FleetMember.of(7, i, START, 900_000, ClimateMix.DEFAULT)).toList();

        assertThat(fleet.stream().map(m -> m.traits().climate()).distinct()).hasSize(3);
        assertThat(fleet.stream().map(m -> m.traits().drivingStyle()).distinct()).hasSize(3);
        assertThat(fleet.stream().map(m -> m.traits().serviceHabit()).distinct()).hasSize(3);
        assertThat(fleet.stream().map(m -> m.identity().model()).distinct()).hasSize(VehicleModel.values().length);
        assertThat(fleet.stream().mapToInt(m -> m.traits().ageDaysAtStart()).min().orElseThrow()).isLessThan(365);
        assertThat(fleet.stream().mapToInt(m -> m.traits().ageDaysAtStart()).max().orElseThrow()).isGreaterThan(8 * 365);
        assertThat(fleet).allSatisfy(m -> assertThat(m.traits().odometerKmAtStart())
                .isBetween(300.0, 300 + m.traits().ageDaysAtStart() / 365.25 * 50_000));
        long temperate = fleet.stream().filter(m -> m.traits().climate() == ClimateZone.TEMPERATE).count();
        assertThat(temperate).as("cold=1,temperate=2,hot=1").isBetween(120L, 180L);
    }

    @Test
    void olderCarsStartWithMoreWornParts() {
        double newCars = 0;
        double oldCars = 0;
        int nNew = 0;
        int nOld = 0;
        for (int i = 0; i < 300; i++) {
            FleetMember m = FleetMember.of(9, i, START, 900_000, ClimateMix.DEFAULT);
            Parts p = m.simulate(9, FleetSettings.of(Region.MUNICH, 0, 0), MaintenanceListener.NONE).parts();
            double worn = 6 - p.remainingLife(dev.pitwall.core.maintenance.Component.BATTERY)
                    - p.remainingLife(dev.pitwall.core.maintenance.Component.BRAKE_PADS)
                    - p.cooling().health() - p.ignition().health() - p.tires().treadMm(0) / 8 - p.tires().treadMm(1) / 8;
            if (m.traits().ageDaysAtStart() < 2 * 365) {
                newCars += worn;
                nNew++;
            } else if (m.traits().ageDaysAtStart() > 6 * 365) {
                oldCars += worn;
                nOld++;
            }
        }
        assertThat(nNew).isPositive();
        assertThat(nOld).isPositive();
        assertThat(oldCars / nOld).isGreaterThan(2 * newCars / nNew);
    }

    @Test
    void aggressiveDriversWearTheirPadsFasterThanCalmOnes() {
        double calm = padWearAfterFourWeeks(DrivingStyle.CALM);
        double aggressive = padWearAfterFourWeeks(DrivingStyle.AGGRESSIVE);

        assertThat(aggressive).isGreaterThan(1.3 * calm);
    }

    /** The same car, owner, climate and trips pattern; only the style differs. Front pad wear in mm, summed. */
    private static double padWearAfterFourWeeks(DrivingStyle style) {
        double worn = 0;
        for (int i = 0; i < 12; i++) {
            VehicleIdentity identity = VehicleIdentity.create(5, i, 900_000);
            VehicleTraits traits = new VehicleTraits(ClimateZone.TEMPERATE, style, ServiceHabit.DILIGENT, 400, 20_000, 1.5, 0);
            SimulatedVehicle v = SimulatedVehicle.create(5, identity, traits, FleetSettings.of(Region.MUNICH, 0, 0),
                    START, MaintenanceListener.NONE);
            double before = v.parts().pads().frontMm();
            v.advance(START + 28 * 86_400_000L);
            worn += before - v.parts().pads().frontMm();
        }
        return worn;
    }

    @Test
    void climateMixReadsWeightsAndRejectsUnknownZones() {
        assertThat(ClimateMix.parse("cold=1,temperate=2,hot=1")).isEqualTo(ClimateMix.DEFAULT);
        assertThat(ClimateMix.parse(" hot = 3 ")).isEqualTo(new ClimateMix(0, 0, 3));
        assertThat(EnumSet.of(ClimateZone.COLD)).contains(ClimateMix.only(ClimateZone.COLD).pick(new java.util.SplittableRandom(1)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClimateMix.parse("warm=1"))
                .hasMessageContaining("--climate-mix").hasMessageContaining("cold, temperate, hot");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClimateMix.parse("cold=0"))
                .hasMessageContaining("--climate-mix").hasMessageContaining("positive sum");
    }
}
