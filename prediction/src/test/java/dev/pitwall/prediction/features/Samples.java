package dev.pitwall.prediction.features;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Instant;
import java.util.List;

/** Small builders for hand-made telemetry in feature tests. */
final class Samples {

    static final String VIN = "WVWZZZ1KZAW123456";
    static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

    private Samples() {
    }

    static Telemetry parked(long seq, Instant time, double batteryVolts) {
        return new Telemetry(VIN, seq, time, VehicleSignals.builder()
                .engineRunning(false).batteryVoltage(batteryVolts).odometerKm(1000.0 + seq).dtcs(List.of()).build());
    }

    static Telemetry running(long seq, Instant time, double batteryVolts, double coolantC, String... codes) {
        return new Telemetry(VIN, seq, time, VehicleSignals.builder()
                .engineRunning(true).engineRpm(2000.0).batteryVoltage(batteryVolts).coolantTempC(coolantC)
                .odometerKm(1000.0 + seq).dtcs(List.of(codes)).build());
    }

    static Telemetry ambient(long seq, Instant time, double ambientC) {
        return new Telemetry(VIN, seq, time, VehicleSignals.builder().ambientTempC(ambientC).build());
    }
}
