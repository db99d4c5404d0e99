package dev.pitwall.core.profile;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A scripted vehicle for tests: moves its clock, odometer and fuel level, and records the messages it sends. */
final class Trace {

    static final String VIN = "1PWTST00000000001";

    final List<Telemetry> messages = new ArrayList<>();
    private long seq;
    private Instant time;
    private double odometerKm = 10_000;
    private double fuelPct = 50;
    private double speedKmh;
    private boolean engine;

    Trace(Instant start) {
        time = start;
    }

    Instant time() {
        return time;
    }

    Trace wait(Duration duration) {
        time = time.plus(duration);
        return this;
    }

    Trace at(Instant instant) {
        time = instant;
        return this;
    }

    Trace fuel(double pct) {
        fuelPct = pct;
        return this;
    }

    /** Sends the current state with every signal. */
    Trace send() {
        return send(VehicleSignals.builder().speedKmh(speedKmh).odometerKm(odometerKm).fuelLevelPct(fuelPct)
                .engineRunning(engine).build());
    }

    Trace send(VehicleSignals signals) {
        messages.add(new Telemetry(VIN, ++seq, time, signals));
        return this;
    }

    Trace startEngine() {
        engine = true;
        return send();
    }

    Trace stopEngine() {
        engine = false;
        speedKmh = 0;
        return send();
    }

    /** Drives at {@code kmh} for {@code total}, reporting every {@code step} (odometer exact, fuel 7 L/100 km). */
    Trace drive(double kmh, Duration total, Duration step) {
        engine = true;
        for (Duration done = Duration.ZERO; done.compareTo(total) < 0; done = done.plus(step)) {
            double km = kmh * step.toNanos() / 3.6e12;
            odometerKm += km;
            fuelPct -= km * 0.07 * 100 / 50; // 7 L/100 km in a 50 L tank
            speedKmh = kmh;
            time = time.plus(step);
            send();
        }
        return this;
    }

    /** Reports {@code kmh} after {@code after}, the odometer moved by the mean speed. */
    Trace speed(double kmh, Duration after) {
        odometerKm += (speedKmh + kmh) / 2 * after.toNanos() / 3.6e12;
        speedKmh = kmh;
        time = time.plus(after);
        engine = true;
        return send();
    }
}
