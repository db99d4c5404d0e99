package dev.pitwall.prediction.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.prediction.features.FeatureConfig;
import dev.pitwall.prediction.features.FeatureLayout;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ThresholdRuleTest {

    private final FeatureLayout layout = FeatureConfig.defaults().layout();

    private double[] row(String feature, double value) {
        double[] row = new double[layout.size()];
        Arrays.fill(row, Double.NaN);
        row[layout.indexOf(feature)] = value;
        return row;
    }

    @Test
    void everyClassicRuleFindsItsSignalsInTheDefaultFeatures() {
        for (ThresholdRule rule : ThresholdRule.classic()) {
            assertThat(rule.availableIn(layout)).as(rule.component().name()).hasSameSizeAs(rule.clauses());
        }
    }

    @Test
    void batteryRuleFiresOnLowRestingOrCrankingVoltage() {
        ThresholdRule battery = ThresholdRule.classicFor(Component.BATTERY);
        assertThat(battery.alarm(layout, row("battery_voltage.parked.min_1d", 12.1))).isTrue();
        assertThat(battery.alarm(layout, row("battery_voltage.parked.min_1d", 12.4))).isFalse();
        assertThat(battery.alarm(layout, row("cranking_voltage.all.min_1d", 9.8))).isTrue();
        assertThat(battery.alarm(layout, row("cranking_voltage.all.min_1d", Double.NaN))).isFalse();
        assertThat(battery.describe(layout)).isEqualTo("resting voltage < 12.2 V or cranking voltage < 10 V");
    }

    @Test
    void ruleWhoseSignalIsMissingIsUnavailable() {
        ThresholdRule rule = new ThresholdRule(Component.BRAKE_PADS,
                java.util.List.of(new ThresholdRule.Clause("no_such.signal.last", false, 80, "x")));
        assertThat(rule.availableIn(layout)).isEmpty();
        assertThat(rule.describe(layout)).contains("no signal");
    }
}
