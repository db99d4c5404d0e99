package dev.pitwall.prediction.training;

import java.time.Duration;
import java.time.Instant;

/**
 * When training and evaluation look at a vehicle: daily at midnight UTC, starting once the vehicle has a full
 * long window of history (earlier snapshots would teach the models what a half-empty window looks like, which in
 * production only a brand-new connection has).
 */
public record SnapshotSchedule(Duration interval, Duration warmUp) {

    public static final SnapshotSchedule DAILY = new SnapshotSchedule(Duration.ofDays(1), Duration.ofDays(7));

    public SnapshotSchedule {
        if (interval.isNegative() || interval.isZero() || warmUp.isNegative()) {
            throw new IllegalArgumentException("interval must be positive and warm-up not negative");
        }
    }

    /** The first snapshot of a vehicle first seen at {@code firstEvent}: a multiple of the interval since the epoch. */
    public long firstSnapshotMillis(Instant firstEvent) {
        long earliest = firstEvent.toEpochMilli() + warmUp.toMillis();
        long step = interval.toMillis();
        return Math.floorDiv(earliest + step - 1, step) * step;
    }

    public long intervalMillis() {
        return interval.toMillis();
    }
}
