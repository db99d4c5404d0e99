package dev.pitwall.engagement.repurchase;

import java.math.BigDecimal;
import java.util.List;

/**
 * The repair cost a vehicle's failure predictions lead to expect: the sum of its components' expected costs, the
 * costliest first. Empty (zero) when nothing has been predicted for the vehicle yet.
 */
public record RepairCostEstimate(BigDecimal total, String currency, List<ExpectedRepair> repairs) {

    public RepairCostEstimate {
        repairs = List.copyOf(repairs);
    }

    /** Nothing predicted: no expected cost. */
    public static RepairCostEstimate none(String currency) {
        return new RepairCostEstimate(BigDecimal.ZERO, currency, List.of());
    }

    public boolean isEmpty() {
        return repairs.isEmpty();
    }
}
