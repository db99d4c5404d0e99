package dev.pitwall.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.alarm.AlarmMemory.ActiveDtc;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlarmMemoryTest {

    static final Instant T = Instant.parse("2026-11-01T08:00:00.123456789Z");

    @Test
    void survivesItsByteFormWithNanosecondsAndAbsentValues() {
        AlarmMemory full = new AlarmMemory("1PWTST00000000001", T, 42, T.plusSeconds(600), 11.63, false,
                T.minusSeconds(60), null, List.of(new ActiveDtc("C0750", T, null), new ActiveDtc("P0301", T, T)));
        AlarmMemory sparse = AlarmMemory.empty("1PWTST00000000002");
        AlarmMemory running = new AlarmMemory("1PWTST00000000003", T, 0, null, null, true, null, null, List.of());

        for (AlarmMemory memory : List.of(full, sparse, running)) {
            assertThat(AlarmMemory.fromBytes(memory.toBytes())).isEqualTo(memory);
        }
        assertThat(full.toBytes()).hasSizeLessThan(200);
    }

    @Test
    void refusesAnUnknownFormatVersionAndTruncatedBytes() {
        byte[] bytes = AlarmMemory.empty("1PWTST00000000001").toBytes();
        bytes[0] = 99;
        assertThatThrownBy(() -> AlarmMemory.fromBytes(bytes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown format version 99");
        byte[] truncated = Arrays.copyOf(AlarmMemory.empty("1PWTST00000000001").toBytes(), 10);
        assertThatThrownBy(() -> AlarmMemory.fromBytes(truncated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void knowsWhetherAnyAlarmIsRaised() {
        assertThat(AlarmMemory.empty("1PWTST00000000001").anyRaised()).isFalse();
        assertThat(new AlarmMemory("1PWTST00000000001", T, 1, null, null, null, null, null,
                List.of(new ActiveDtc("P0301", T, T))).anyRaised()).isTrue();
    }
}
