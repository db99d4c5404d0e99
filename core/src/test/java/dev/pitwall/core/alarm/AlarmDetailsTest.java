package dev.pitwall.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlarmDetailsTest {

    @Test
    void writesDurationsTheWayPeopleSayThem() {
        assertThat(AlarmDetails.duration(Duration.ofMinutes(10))).isEqualTo("10 min");
        assertThat(AlarmDetails.duration(Duration.ofMinutes(65))).isEqualTo("1 h 5 min");
        assertThat(AlarmDetails.duration(Duration.ofSeconds(711))).isEqualTo("11 min 51 s");
        assertThat(AlarmDetails.duration(Duration.ofHours(51))).isEqualTo("2 d 3 h");
        assertThat(AlarmDetails.duration(Duration.ofMillis(999))).isEqualTo("0 s");
    }

    @Test
    void writesVoltsWithAtMostTwoDecimals() {
        assertThat(AlarmDetails.volts(11.6)).isEqualTo("11.6");
        assertThat(AlarmDetails.volts(11.754)).isEqualTo("11.75");
        assertThat(AlarmDetails.volts(12.0)).isEqualTo("12");
    }
}
