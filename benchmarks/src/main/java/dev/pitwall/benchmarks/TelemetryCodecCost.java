package dev.pitwall.benchmarks;

import dev.pitwall.core.telemetry.DecodeResult;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the telemetry codec costs per message, on one thread (= one core): ingest's {@code decode} of untrusted
 * payloads (valid, invalid, and valid but unusual enough to need the full JSON Schema validation), the stream
 * job's {@code decodeTrusted}, and the simulator's {@code encode}. The payload is what the simulator sends: every
 * signal, two DTCs, millisecond event time.
 *
 * <p>{@code java -jar benchmarks/target/pitwall-benchmarks.jar TelemetryCodecCost}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TelemetryCodecCost {

    private TelemetryCodec codec;
    private Telemetry message;
    private byte[] valid;
    private byte[] latitudeOutOfRange;
    private byte[] offsetTimestamp;

    @Setup(Level.Trial)
    public void encodeTheMessages() {
        codec = new TelemetryCodec();
        message = new Telemetry("WVWZZZ1KZAW123456", 1042, Instant.parse("2026-11-22T08:15:30.250Z"),
                VehicleSignals.builder()
                        .odometerKm(48213.7).speedKmh(87.5).latitude(48.137154).longitude(11.576124).headingDeg(271.5)
                        .fuelLevelPct(41.2).coolantTempC(91.3).engineRpm(2450.0).engineRunning(true).engineHours(1312.6)
                        .oilLifeRemainingPct(37.0).batteryVoltage(14.1).crankingVoltage(10.62).ambientTempC(6.5)
                        .tirePressureFrontLeftKpa(238.0).tirePressureFrontRightKpa(236.0)
                        .tirePressureRearLeftKpa(229.0).tirePressureRearRightKpa(231.0)
                        .brakePadWearFrontPct(64.0).brakePadWearRearPct(41.0).dtcs(List.of("P0301", "P0420"))
                        .build());
        valid = codec.encode(message);
        String text = new String(valid, StandardCharsets.UTF_8);
        latitudeOutOfRange = replace(text, "48.137154", "91.5");
        // valid by the schema, but not in the canonical UTC form: takes the full schema validation
        offsetTimestamp = replace(text, "2026-11-22T08:15:30.250Z", "2026-11-22T10:15:30.250+02:00");
        check(codec.decode(valid) instanceof DecodeResult.Valid, "valid payload must decode");
        check(codec.decode(latitudeOutOfRange) instanceof DecodeResult.Invalid, "latitude 91.5 must be rejected");
        check(codec.decode(offsetTimestamp) instanceof DecodeResult.Valid, "an offset timestamp is valid");
    }

    private static byte[] replace(String text, String from, String to) {
        check(text.contains(from), "payload must contain " + from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what);
        }
    }

    /** Ingest: a valid message from a vehicle, parsed and checked against the schema. */
    @Benchmark
    public DecodeResult decodeValid() {
        return codec.decode(valid);
    }

    /** Ingest: a message with one value out of range, rejected with the schema's detailed errors. */
    @Benchmark
    public DecodeResult decodeInvalid() {
        return codec.decode(latitudeOutOfRange);
    }

    /** Ingest: a valid message whose event time has a UTC offset, which only the full schema validation accepts. */
    @Benchmark
    public DecodeResult decodeValidWithOffsetTimestamp() {
        return codec.decode(offsetTimestamp);
    }

    /** Stream job: a message ingest validated before, parsed without validating again. */
    @Benchmark
    public Telemetry decodeTrusted() {
        return codec.decodeTrusted(valid);
    }

    /** Simulator: one message written to its wire form. */
    @Benchmark
    public byte[] encode() {
        return codec.encode(message);
    }
}
