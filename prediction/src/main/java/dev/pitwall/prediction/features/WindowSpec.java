package dev.pitwall.prediction.features;

import java.time.Duration;
import java.util.Objects;

/**
 * A rolling time window kept as a ring of fixed-size buckets. At time {@code asOf} the window holds every bucket
 * that overlaps {@code (asOf - length, asOf]}, so it spans at least {@code length} and less than
 * {@code length + bucket}: memory stays bounded whatever the sampling rate.
 *
 * @param name part of feature names, e.g. {@code 7d} in {@code coolant_temperature.running.max_7d}
 */
public record WindowSpec(String name, Duration length, Duration bucket) {

    public WindowSpec {
        Objects.requireNonNull(name, "name");
        if (bucket.isNegative() || bucket.isZero() || length.compareTo(bucket) < 0
                || length.toMillis() % bucket.toMillis() != 0) {
            throw new IllegalArgumentException("window " + name + ": length " + length
                    + " must be a positive multiple of the bucket " + bucket);
        }
    }

    public long lengthMillis() {
        return length.toMillis();
    }

    public long bucketMillis() {
        return bucket.toMillis();
    }

    /** Ring size: the buckets a window can overlap. */
    public int slots() {
        return (int) (length.toMillis() / bucket.toMillis()) + 1;
    }

    public double lengthDays() {
        return length.toMillis() / 86_400_000.0;
    }
}
