package dev.pitwall.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrivingProfileMemoryTest {

    static final Instant T = Instant.parse("2026-03-04T08:00:00.123456789Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    @Test
    void survivesItsByteFormWithNanosecondsAndAbsentValues() {
        DailyBucket busy = new DailyBucket(DAY, 123.456, 5400.5, 60.25, 12.5, 8.75, 40, 1, 3, 120.5, 2, 1,
                List.of(7, 12, 17));
        DailyBucket quiet = DailyBucket.empty(DAY.minusDays(3));
        DrivingProfileMemory full = new DrivingProfileMemory("1PWTST00000000001", T, 42, DAY.minusDays(3), 88.5,
                T.minusSeconds(1), 10_123.4, T.minusSeconds(2), 61.5, true, 60.0, true, false, true,
                T.minusSeconds(600), 12.25, null, T.minusSeconds(300), T.minusSeconds(10), true, busy, List.of(quiet));
        DrivingProfileMemory sparse = DrivingProfileMemory.empty("1PWTST00000000002");

        for (DrivingProfileMemory memory : List.of(full, sparse)) {
            assertThat(DrivingProfileMemory.fromBytes(memory.toBytes())).isEqualTo(memory);
        }
        assertThat(full.toBytes()).hasSizeLessThan(400);
        assertThat(full.days()).containsExactly(quiet, busy);
    }

    @Test
    void refusesAnUnknownFormatVersionAndTruncatedBytes() {
        byte[] bytes = DrivingProfileMemory.empty("1PWTST00000000001").toBytes();
        bytes[0] = 99;
        assertThatThrownBy(() -> DrivingProfileMemory.fromBytes(bytes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown format version 99");
        byte[] truncated = Arrays.copyOf(DrivingProfileMemory.empty("1PWTST00000000001").toBytes(), 12);
        assertThatThrownBy(() -> DrivingProfileMemory.fromBytes(truncated))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
    }
}
