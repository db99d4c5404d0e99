package dev.pitwall.engagement.repurchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.maintenance.Component;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepairCostTableTest {

    @Test
    void expectsTheSumOfProbabilityTimesTypicalCostCostliestFirst() {
        RepairCostEstimate estimate = Signals.COSTS.estimate(Map.of(Component.BATTERY, 0.8, Component.COOLING, 0.7,
                Component.TIRES, 0.001));

        assertThat(estimate.total()).isEqualByComparingTo("796"); // 595 + 200 + 0.56 rounded to 1
        assertThat(estimate.repairs()).extracting(ExpectedRepair::component)
                .containsExactly(Component.COOLING, Component.BATTERY, Component.TIRES);
        assertThat(estimate.repairs().get(0).expectedCost()).isEqualByComparingTo("595");
        assertThat(estimate.repairs().get(0).typicalCost()).isEqualByComparingTo("850");
        assertThat(estimate.repairs().get(2).expectedCost()).isEqualByComparingTo("1");
        assertThat(estimate.currency()).isEqualTo("EUR");
    }

    @Test
    void expectsNothingWithoutPredictions() {
        RepairCostEstimate estimate = Signals.COSTS.estimate(Map.of());

        assertThat(estimate.isEmpty()).isTrue();
        assertThat(estimate.total()).isEqualByComparingTo("0");
    }

    @Test
    void refusesATableThatLeavesAComponentUnpriced() {
        assertThatThrownBy(() -> new RepairCostTable(Map.of(Component.BATTERY, BigDecimal.TEN), "EUR"))
                .hasMessageContaining("missing [BRAKE_PADS, TIRES, ENGINE_OIL, COOLING, IGNITION]");
        assertThatThrownBy(() -> new RepairCostTable(Map.of(), "euro")).hasMessageContaining("currency");
    }
}
