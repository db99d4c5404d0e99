package dev.pitwall.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlarmRulesTest {

    static final Duration H = Duration.ofHours(1);

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertThat(AlarmRules.DEFAULTS).isEqualTo(
                new AlarmRules(Duration.ofMinutes(10), Duration.ofHours(1), 11.8, Duration.ofHours(6)));
    }

    @Test
    void rejectsDurationsThatAreNotPositiveNamingTheRule() {
        assertThatThrownBy(() -> new AlarmRules(Duration.ZERO, H, 11.8, H))
                .hasMessageStartingWith("offlineAfter: expected a positive duration");
        assertThatThrownBy(() -> new AlarmRules(H, Duration.ofSeconds(-1), 11.8, H))
                .hasMessageStartingWith("dtcActiveFor: expected a positive duration");
        assertThatThrownBy(() -> new AlarmRules(H, H, 11.8, Duration.ZERO))
                .hasMessageStartingWith("batteryLowParkedFor: expected a positive duration");
        assertThatThrownBy(() -> new AlarmRules(null, H, 11.8, H)).hasMessageContaining("offlineAfter");
    }

    @Test
    void rejectsVoltagesOutsideTheContractsRange() {
        for (double volts : new double[] {0, -1, 36.5, Double.NaN}) {
            assertThatThrownBy(() -> new AlarmRules(H, H, volts, H)).as("%s V", volts)
                    .hasMessageStartingWith("batteryLowVolts: expected a voltage above 0 and at most 36.0 V");
        }
        assertThat(new AlarmRules(H, H, 36, H).batteryLowVolts()).isEqualTo(36);
    }
}
