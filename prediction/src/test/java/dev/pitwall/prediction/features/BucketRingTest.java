package dev.pitwall.prediction.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

class BucketRingTest {

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final WindowSpec WEEK_OF_HOURS = new WindowSpec("7d", Duration.ofDays(7), Duration.ofHours(1));

    @Test
    void windowStatisticsMatchCommonsMathOnTheSameSamples() {
        BucketRing ring = new BucketRing(WEEK_OF_HOURS);
        DescriptiveStatistics expected = new DescriptiveStatistics();
        SimpleRegression regression = new SimpleRegression();
        Random random = new Random(7);
        long start = 1_770_000_000_000L - Math.floorMod(1_770_000_000_000L, HOUR); // on a bucket boundary
        long asOf = start + 7 * DAY;
        long t = start + 1; // (asOf - 7d, asOf]: the first instant is excluded, so start one ms later
        while (t <= asOf) {
            double value = 12.6 - 0.05 * (t - start) / DAY + random.nextGaussian() * 0.1;
            ring.add(t, value);
            expected.addValue(value);
            regression.addData((t - start) / (double) DAY, value);
            t += 1 + random.nextInt((int) (2 * HOUR)); // irregular, sometimes several per bucket, sometimes none
        }

        WindowStats stats = new WindowStats();
        ring.collect(asOf, 7 * DAY, stats);

        assertThat(stats.count()).isEqualTo(expected.getN());
        assertThat(stats.mean()).isCloseTo(expected.getMean(), within(1e-9));
        assertThat(stats.standardDeviation()).isCloseTo(expected.getStandardDeviation(), within(1e-9));
        assertThat(stats.min()).isEqualTo(expected.getMin());
        assertThat(stats.max()).isEqualTo(expected.getMax());
        assertThat(stats.slopePerDay()).isCloseTo(regression.getSlope(), within(1e-9));
        assertThat(stats.slopePerDay()).isCloseTo(-0.05, within(0.02));
    }

    @Test
    void oldBucketsLeaveTheWindowAndTheirSlotsAreReused() {
        BucketRing ring = new BucketRing(WEEK_OF_HOURS);
        long start = 100 * DAY;
        for (int h = 0; h < 24; h++) {
            ring.add(start + h * HOUR + 1, 100); // day 0: high values
        }
        for (int h = 0; h < 24; h++) {
            ring.add(start + 8 * DAY + h * HOUR + 1, 1); // day 8: same slots, a week later
        }
        WindowStats stats = new WindowStats();

        ring.collect(start + 9 * DAY, 7 * DAY, stats);
        assertThat(stats.count()).isEqualTo(24);
        assertThat(stats.max()).isEqualTo(1);

        ring.collect(start + 20 * DAY, 7 * DAY, stats);
        assertThat(stats.count()).isZero();
        assertThat(stats.mean()).isNaN();
        assertThat(stats.slopePerDay()).isNaN();
    }

    @Test
    void sampleOlderThanTheRingIsDroppedInsteadOfOverwritingNewerData() {
        BucketRing ring = new BucketRing(WEEK_OF_HOURS);
        long now = 200 * DAY;
        assertThat(ring.add(now, 5)).isTrue();
        long sameSlotOneRingEarlier = now - WEEK_OF_HOURS.slots() * HOUR;
        assertThat(ring.add(sameSlotOneRingEarlier, 50)).isFalse();

        WindowStats stats = new WindowStats();
        ring.collect(now, 7 * DAY, stats);
        assertThat(stats.count()).isEqualTo(1);
        assertThat(stats.mean()).isEqualTo(5);
    }

    @Test
    void windowCoversAtLeastItsLengthAndLessThanOneBucketMore() {
        WindowSpec days = new WindowSpec("7d", Duration.ofDays(7), Duration.ofDays(1));
        BucketRing ring = new BucketRing(days);
        long asOf = 300 * DAY + 12 * HOUR; // midday
        ring.add(asOf - 7 * DAY + HOUR, 1);      // inside (asOf - 7d, asOf]
        ring.add(asOf - 7 * DAY - HOUR, 2);      // before it, but in the same daily bucket: counted
        ring.add(asOf - 7 * DAY - 13 * HOUR, 3); // in the bucket before: not counted

        WindowStats stats = new WindowStats();
        ring.collect(asOf, 7 * DAY, stats);

        assertThat(stats.count()).isEqualTo(2);
        assertThat(stats.max()).isEqualTo(2);
    }
}
