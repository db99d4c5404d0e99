package dev.pitwall.simulator.vehicle;

import java.util.SplittableRandom;

/**
 * The trouble codes worn parts set before they fail, each for a while (an episode), more often the more worn
 * the part is: low system voltage at a weak start (P0562) and low battery voltage when the resting voltage is
 * low (U3003, B1676 on the Ford); coolant sensor plausibility (P0116) and thermostat (P0128) codes from a worn
 * cooling system; misfires (P030n, P0300) from worn ignition parts; low oil pressure readings (P0520) from
 * overdue oil; and the pad wear indicator (C1100) while the pads are near their limit. A new code is a warning
 * the driver sees: the owner may book a workshop visit.
 */
final class PrecursorCodes {

    private static final long HOUR = 3_600_000L;
    /** Below this cranking dip the ECU logs a low system voltage now and then. */
    private static final double LOW_CRANK_WARNING_VOLTS = 10.3;
    private static final double LOW_REST_WARNING_VOLTS = 12.15;
    private static final String BATTERY_VOLTAGE = "U3003";
    private static final String BATTERY_VOLTAGE_FORD = "B1676";

    private final Parts parts;
    private final TroubleCodes codes;
    private final Workshop workshop;
    private final VehicleModel model;
    private final SplittableRandom random;
    private final Hazard cooling;
    private final Hazard misfires;
    private final Hazard oilPressure;
    private boolean padWarning;

    PrecursorCodes(Parts parts, TroubleCodes codes, Workshop workshop, VehicleModel model, SplittableRandom random) {
        this.parts = parts;
        this.codes = codes;
        this.workshop = workshop;
        this.model = model;
        this.random = random;
        this.cooling = new Hazard(random);
        this.misfires = new Hazard(random);
        this.oilPressure = new Hazard(random);
        updatePadWarning();
    }

    /** Episodes that start while the engine runs, at rates per engine hour that grow with wear. */
    void whileRunning(double dt, long nowMillis) {
        if (cooling.advance(parts.cooling().precursorRatePerHour(), dt, random)) {
            warn(random.nextDouble() < 0.7 ? CoolingSystem.SENSOR_RANGE : TroubleCodes.THERMOSTAT, 2, 48, nowMillis);
        }
        if (misfires.advance(parts.ignition().misfireRatePerHour(), dt, random)) {
            warn(parts.ignition().misfireCode(random), 0.5, 6, nowMillis);
        }
        if (oilPressure.advance(parts.oil().precursorRatePerHour(), dt, random)) {
            warn(EngineOil.PRESSURE_CIRCUIT, 1, 24, nowMillis);
        }
        if (parts.pads().warning() != padWarning && updatePadWarning()) {
            workshop.onWarning(nowMillis);
        }
    }

    /** At an engine start: the lower the dip below 10.3 V, the likelier a low-voltage code. */
    void atStart(double crankVolts, double restingVolts, long nowMillis) {
        double p = 0.7 * Math.min(1, (LOW_CRANK_WARNING_VOLTS - crankVolts) / 0.7);
        if (p > 0 && random.nextDouble() < p) {
            warn(TroubleCodes.SYSTEM_VOLTAGE_LOW, 1, 24, nowMillis);
        }
        if (restingVolts < LOW_REST_WARNING_VOLTS && random.nextDouble() < 0.2) {
            warn(model == VehicleModel.FORD_FOCUS ? BATTERY_VOLTAGE_FORD : BATTERY_VOLTAGE, 1, 24, nowMillis);
        }
    }

    private void warn(String code, double minHours, double maxHours, long nowMillis) {
        long until = nowMillis + (long) (DrivingProfile.uniform(random, minHours, maxHours) * HOUR);
        if (codes.raise(code, until)) {
            workshop.onWarning(nowMillis);
        }
    }

    /** The wear indicator follows the pads (replaced pads clear it); true when it just came on. */
    private boolean updatePadWarning() {
        boolean was = padWarning;
        padWarning = parts.pads().warning();
        if (padWarning) {
            codes.latch(Workshop.PAD_WEAR_WARNING);
        } else {
            codes.release(Workshop.PAD_WEAR_WARNING);
        }
        return padWarning && !was;
    }
}
