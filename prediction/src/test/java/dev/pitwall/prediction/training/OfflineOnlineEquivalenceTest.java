package dev.pitwall.prediction.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.prediction.features.FeatureConfig;
import dev.pitwall.prediction.features.FeatureVector;
import dev.pitwall.prediction.features.VehicleFeatureState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Training features (offline replay) and serving features (an operator updating keyed state) must be identical. */
class OfflineOnlineEquivalenceTest {

    record Snapshot(String vin, Instant asOf, FeatureVector features) {
    }

    @Test
    void offlineReplayAndOnlineUpdatesGiveIdenticalFeatures() {
        SyntheticFleet fleet = SyntheticFleet.generate(6, 30, 5);
        FeatureConfig config = FeatureConfig.defaults();

        List<Snapshot> offline = new ArrayList<>();
        FeatureReplay replay = new FeatureReplay(config, SnapshotSchedule.DAILY,
                (vin, key, asOf, features) -> offline.add(new Snapshot(vin, asOf, features)));
        fleet.telemetry.forEach(replay::accept);
        replay.finish();

        // online: what a keyed operator does, with its state checkpointed and restored (toBytes/fromBytes) now and
        // then, and the broker redelivering messages (duplicates)
        List<Snapshot> online = new ArrayList<>();
        Map<String, byte[]> keyedState = new HashMap<>();
        Map<String, Long> nextTimer = new HashMap<>();
        Random chaos = new Random(9);
        List<Telemetry> recent = new ArrayList<>();
        for (Telemetry t : fleet.telemetry) {
            String vin = t.vin();
            byte[] stored = keyedState.get(vin);
            VehicleFeatureState state = stored == null ? VehicleFeatureState.create(vin, config)
                    : VehicleFeatureState.fromBytes(stored, config);
            long timer = nextTimer.computeIfAbsent(vin, v -> SnapshotSchedule.DAILY.firstSnapshotMillis(t.eventTime()));
            while (timer < t.eventTime().toEpochMilli()) { // event-time timers fire before later events
                Instant asOf = Instant.ofEpochMilli(timer);
                online.add(new Snapshot(vin, asOf, state.features(asOf)));
                timer += SnapshotSchedule.DAILY.intervalMillis();
            }
            nextTimer.put(vin, timer);
            state.update(t);
            if (chaos.nextInt(10) == 0 && !recent.isEmpty()) {
                Telemetry redelivered = recent.get(chaos.nextInt(recent.size()));
                if (redelivered.vin().equals(vin)) {
                    assertThat(state.update(redelivered)).isEqualTo(VehicleFeatureState.UpdateResult.DUPLICATE);
                }
            }
            recent.add(t);
            if (recent.size() > 20) {
                recent.remove(0);
            }
            keyedState.put(vin, state.toBytes());
        }
        // the replay also emits snapshots at the time of the last event; the operator's timer would fire later
        Map<String, Long> lastEvent = new HashMap<>();
        fleet.telemetry.forEach(t -> lastEvent.merge(t.vin(), t.eventTime().toEpochMilli(), Math::max));
        for (String vin : fleet.vins) {
            VehicleFeatureState state = VehicleFeatureState.fromBytes(keyedState.get(vin), config);
            for (long timer = nextTimer.get(vin); timer <= lastEvent.get(vin); timer += 86_400_000L) {
                online.add(new Snapshot(vin, Instant.ofEpochMilli(timer), state.features(Instant.ofEpochMilli(timer))));
            }
        }

        assertThat(offline).hasSizeGreaterThan(6 * 20);
        assertThat(online).containsExactlyInAnyOrderElementsOf(offline);
    }
}
