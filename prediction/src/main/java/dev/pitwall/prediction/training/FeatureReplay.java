package dev.pitwall.prediction.training;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.prediction.features.FeatureConfig;
import dev.pitwall.prediction.features.FeatureVector;
import dev.pitwall.prediction.features.VehicleFeatureState;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Computes training features offline the way the stream job computes them online: one {@link VehicleFeatureState}
 * per vehicle, fed message by message, asked for features at each snapshot time before the first message after it.
 * Messages of different vehicles may interleave; each vehicle's should come in event-time order (late ones are
 * handled as the state handles them online).
 */
public final class FeatureReplay {

    /** Receives the raw features (baseline deviations missing) of one vehicle at one snapshot time. */
    @FunctionalInterface
    public interface SnapshotSink {
        void accept(String vin, String modelKey, Instant asOf, FeatureVector features);
    }

    private final FeatureConfig config;
    private final SnapshotSchedule schedule;
    private final SnapshotSink sink;
    private final Map<String, Vehicle> vehicles = new HashMap<>();

    private static final class Vehicle {
        final VehicleFeatureState state;
        long nextSnapshot;
        long lastEvent = Long.MIN_VALUE;

        Vehicle(VehicleFeatureState state, long nextSnapshot) {
            this.state = state;
            this.nextSnapshot = nextSnapshot;
        }
    }

    public FeatureReplay(FeatureConfig config, SnapshotSchedule schedule, SnapshotSink sink) {
        this.config = config;
        this.schedule = schedule;
        this.sink = sink;
    }

    public void accept(Telemetry telemetry) {
        Vehicle v = vehicles.computeIfAbsent(telemetry.vin(), vin -> new Vehicle(
                VehicleFeatureState.create(vin, config), schedule.firstSnapshotMillis(telemetry.eventTime())));
        long time = telemetry.eventTime().toEpochMilli();
        emitUpTo(v, time - 1); // a snapshot includes messages at exactly its time
        v.state.update(telemetry);
        v.lastEvent = Math.max(v.lastEvent, time);
    }

    /** Emits each vehicle's remaining snapshots up to its last message. Call once, after the last message. */
    public void finish() {
        vehicles.values().forEach(v -> emitUpTo(v, v.lastEvent));
    }

    public int vehicleCount() {
        return vehicles.size();
    }

    private void emitUpTo(Vehicle v, long inclusiveMillis) {
        while (v.nextSnapshot <= inclusiveMillis) {
            Instant asOf = Instant.ofEpochMilli(v.nextSnapshot);
            sink.accept(v.state.vin(), v.state.modelKey(), asOf, v.state.features(asOf));
            v.nextSnapshot += schedule.intervalMillis();
        }
    }
}
