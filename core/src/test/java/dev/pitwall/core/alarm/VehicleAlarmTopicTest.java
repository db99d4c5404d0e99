package dev.pitwall.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VehicleAlarmTopicTest {

    static final VehicleAlarm CLEARED = new VehicleAlarm("1PWTST00000000001", AlarmType.DTC_PERSISTENT, "P0301",
            AlarmState.CLEARED, Instant.parse("2026-11-01T08:05:00Z"), Instant.parse("2026-11-01T09:10:00.250Z"),
            "P0301 no longer reported at 2026-11-01T09:10:00.250Z, after 1 h 5 min active");

    @Test
    void alarmSurvivesTheWireAndReadsAsPlainJson() {
        var format = Topics.VEHICLE_ALARMS.valueFormat();
        byte[] bytes = format.encode(CLEARED);

        assertThat(format.decode(bytes)).isEqualTo(CLEARED);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"vin\":\"1PWTST00000000001\"",
                "\"type\":\"DTC_PERSISTENT\"", "\"subject\":\"P0301\"", "\"state\":\"CLEARED\"",
                "\"since\":\"2026-11-01T08:05:00Z\"", "\"at\":\"2026-11-01T09:10:00.250Z\"")
                .doesNotContain("raised");
    }

    @Test
    void isRegisteredKeyedByVin() {
        assertThat(Topics.byName("vehicle-alarms.v1")).isSameAs(Topics.VEHICLE_ALARMS);
        assertThat(Topics.ALL).contains(Topics.VEHICLE_ALARMS);
        assertThat(Topics.VEHICLE_ALARMS.keyFormat().encode(CLEARED.vin()))
                .isEqualTo("1PWTST00000000001".getBytes(StandardCharsets.US_ASCII));
    }
}
