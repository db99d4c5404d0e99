package dev.pitwall.engagement.repurchase;

import dev.pitwall.core.maintenance.Component;
import java.math.BigDecimal;

/**
 * One component's share of the expected repair cost: its failure probability times its typical repair cost.
 *
 * @param probability  the component's newest predicted probability of failure within the model's horizon
 * @param typicalCost  what repairing it usually costs, from the cost table
 * @param expectedCost probability × typical cost, rounded to whole currency units
 */
public record ExpectedRepair(Component component, double probability, BigDecimal typicalCost,
        BigDecimal expectedCost) {
}
