package dev.pitwall.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The component models on their own: the physics each of them claims. */
class WearModelsTest {

    private static Battery battery(long seed) {
        return new Battery(VehicleModel.VW_GOLF, ClimateZone.TEMPERATE, 0, 1, true, new SplittableRandom(seed));
    }

    /** Mean dip of 200 starts of identical batteries, so that the cranking noise (σ 0.05 V) does not decide. */
    private static double meanCrankVolts(double remainingLife, double ambientC) {
        SplittableRandom noise = new SplittableRandom(3);
        double sum = 0;
        for (int i = 0; i < 200; i++) {
            Battery b = battery(1);
            b.setRemainingLife(remainingLife);
            b.updateTemperature(ambientC, false);
            sum += b.crank(ambientC, noise); // a car parked overnight: the engine is at air temperature
        }
        return sum / 200;
    }

    @Test
    void crankingVoltageIsLowerInTheColdForTheSameHealth() {
        double at20 = meanCrankVolts(0.3, 20);
        double at0 = meanCrankVolts(0.3, 0);
        double atMinus15 = meanCrankVolts(0.3, -15);

        assertThat(at0).isLessThan(at20 - 0.3);
        assertThat(atMinus15).isLessThan(at0 - 0.3);
        assertThat(atMinus15).as("this battery fails in a cold morning but not in spring").isLessThan(Battery.CANNOT_CRANK_VOLTS);
        assertThat(at20).isGreaterThan(Battery.CANNOT_CRANK_VOLTS);
    }

    @Test
    void anAgedBatteryRestsAndCranksLowerAndAHealthyOneStartsEvenInTheCold() {
        Battery fresh = battery(2);
        Battery aged = battery(2);
        aged.setRemainingLife(0.05);

        assertThat(aged.openCircuitVolts()).isLessThan(fresh.openCircuitVolts() - 0.15);
        assertThat(meanCrankVolts(0.05, 5)).isLessThan(meanCrankVolts(1, 5) - 0.8);
        assertThat(meanCrankVolts(1, -20)).isGreaterThan(Battery.CANNOT_CRANK_VOLTS + 0.3);
        assertThat(meanCrankVolts(1, 20)).isBetween(10.5, 11.8);
    }

    @Test
    void parkedDrainIsIntegratedInOneJumpAsInManySteps() {
        Battery jumped = battery(4);
        Battery stepped = battery(4);
        jumped.updateTemperature(5, false);
        stepped.updateTemperature(5, false);

        jumped.parked(36 * 3600);
        for (int i = 0; i < 36 * 3600; i++) {
            stepped.parked(1);
        }

        double drained = battery(4).soc() - stepped.soc();
        assertThat(drained).as("36 h of quiescent drain").isGreaterThan(0.01);
        // the drain depends a little on the ageing capacity: one jump is exact to a thousandth of the drain
        assertThat(jumped.soc()).isCloseTo(stepped.soc(), within(drained / 1000));
        assertThat(jumped.soh()).isCloseTo(stepped.soh(), within(1e-7));
        assertThat(jumped.restingVolts()).isCloseTo(stepped.restingVolts(), within(0.001));
    }

    @Test
    void aSlowTyreLeakContinuesWhileParkedTheSameInOneJump() {
        TireSet jumped = new TireSet(new SplittableRandom(5));
        TireSet stepped = new TireSet(new SplittableRandom(5));
        jumped.setRemainingLife(0.5);
        stepped.setRemainingLife(0.5);
        double before = jumped.pressureKpa(0, 15);

        jumped.step(7200, false);
        for (int i = 0; i < 7200; i++) {
            stepped.step(1, false);
        }

        assertThat(jumped.pressureKpa(0, 15)).isCloseTo(stepped.pressureKpa(0, 15), within(1e-6));
        assertThat(before).isLessThan(200); // half way to flat: below the TPMS threshold
    }

    @Test
    void harderBrakingPutsMoreEnergyIntoThePadsAndTheEstimateReachesOneHundredAtTheLimit() {
        BrakePads pads = new BrakePads(VehicleModel.AUDI_A4, 0, 1, true, new SplittableRandom(6));
        assertThat(pads.frontWearPct()).isZero();

        while (!pads.atLimit()) {
            pads.brake(1e6);
        }

        assertThat(pads.frontMm()).isLessThanOrEqualTo(BrakePads.LIMIT_MM);
        assertThat(pads.rearMm()).as("the rear takes 30 %%").isGreaterThan(pads.frontMm());
        assertThat(pads.frontWearPct()).isGreaterThan(93.0); // 100 % give or take the car's calibration error
        assertThat(pads.warning()).isTrue();
        assertThat(pads.replaceThinnerThan(BrakePads.REPLACE_AT_SERVICE_MM, new SplittableRandom(7))).isTrue();
        assertThat(pads.frontWearPct()).isZero();
        assertThat(pads.atLimit()).isFalse();
    }

    @Test
    void aWornCoolingSystemDriftsUpwardUnderLoadAndInTheHeat() {
        CoolingSystem cooling = new CoolingSystem(0, 1, true, new SplittableRandom(8));
        assertThat(cooling.driftC(130, 35)).isLessThan(0.1);

        cooling.setRemainingLife(0.25);

        assertThat(cooling.driftC(130, 35)).isGreaterThan(cooling.driftC(30, 35));
        assertThat(cooling.driftC(130, 35)).isGreaterThan(cooling.driftC(130, 5));
        cooling.setRemainingLife(0);
        assertThat(Powertrain.THERMOSTAT_C + cooling.driftC(130, 30)).isGreaterThan(CoolingSystem.OVERHEAT_C);
        assertThat(cooling.precursorRatePerHour()).isGreaterThan(0.5);
    }

    @Test
    void misfiresBecomeFrequentOnlyLateInTheIgnitionsLife() {
        Ignition ignition = new Ignition(VehicleModel.FORD_FOCUS, 0, 1, true, new SplittableRandom(9));
        double fresh = ignition.misfireRatePerHour();
        ignition.setRemainingLife(0.5);
        double half = ignition.misfireRatePerHour();
        ignition.setRemainingLife(0.05);
        double late = ignition.misfireRatePerHour();

        assertThat(fresh).isLessThan(0.01);
        assertThat(half).isLessThan(0.05);
        assertThat(late).isGreaterThan(20 * half);
        assertThat(ignition.cylinderCode()).isIn("P0301", "P0302", "P0303"); // a three-cylinder engine
    }

    @Test
    void oilPastItsLifeRaisesLowPressureCodesAndFailsAtTheOverrun() {
        EngineOil oil = new EngineOil(VehicleModel.TOYOTA_COROLLA, 1, true, new SplittableRandom(10));
        assertThat(oil.monitorPct()).isEqualTo(100);
        assertThat(oil.precursorRatePerHour()).isZero();

        int hours = 0;
        while (!oil.exhausted()) {
            oil.run(3600, 90, 2200);
            hours++;
        }

        assertThat(oil.monitorPct()).isZero();
        assertThat(oil.precursorRatePerHour()).isGreaterThan(0.5);
        assertThat(hours).as("15,000 km at 55 km/h is 273 h, halved by the acceleration").isBetween(100, 250);
    }

    @Test
    void shortTripsAgeTheOilFasterThanAWarmEngine() {
        EngineOil cold = new EngineOil(VehicleModel.VW_GOLF, 1, true, new SplittableRandom(11));
        EngineOil warm = new EngineOil(VehicleModel.VW_GOLF, 1, true, new SplittableRandom(11));

        cold.run(3600, 40, 2000);
        warm.run(3600, 90, 2000);

        assertThat(100 - cold.monitorPct()).isGreaterThan(2 * (100 - warm.monitorPct()));
    }

    @Test
    void coldClimatesAreColderThanHotOnesAtTheSameMoment() {
        long january = java.time.Instant.parse("2026-01-15T07:00:00Z").toEpochMilli();
        long july = java.time.Instant.parse("2026-07-15T15:00:00Z").toEpochMilli();

        assertThat(ClimateZone.COLD.ambientC(january, 11.5)).isLessThan(-5);
        assertThat(ClimateZone.HOT.ambientC(january, 11.5)).isGreaterThan(3);
        assertThat(ClimateZone.HOT.ambientC(july, 11.5)).isGreaterThan(30);
        assertThat(ClimateZone.TEMPERATE.ambientC(july, 11.5)).isBetween(20.0, 26.0);
    }
}
