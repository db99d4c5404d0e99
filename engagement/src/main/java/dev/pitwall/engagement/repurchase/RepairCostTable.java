package dev.pitwall.engagement.repurchase;

import dev.pitwall.core.maintenance.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What repairing each predicted component typically costs (parts and labour, in one currency), and the expected
 * repair cost it gives a vehicle's predictions: Σ probability × typical cost. The table is configuration
 * ({@code pitwall.repurchase.repair-costs}); it must price every component, so none silently counts as free.
 */
public final class RepairCostTable {

    private static final Comparator<ExpectedRepair> COSTLIEST_FIRST = Comparator
            .comparing(ExpectedRepair::expectedCost).reversed().thenComparing(ExpectedRepair::component);

    private final Map<Component, BigDecimal> typicalCosts;
    private final String currency;

    public RepairCostTable(Map<Component, BigDecimal> typicalCosts, String currency) {
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency: expected an ISO 4217 code such as EUR, got '" + currency
                    + "'");
        }
        Set<Component> missing = EnumSet.allOf(Component.class);
        if (typicalCosts != null) {
            missing.removeAll(typicalCosts.keySet());
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("repairCosts: expected a typical repair cost for every component, "
                    + "missing " + missing);
        }
        typicalCosts.forEach((component, cost) -> {
            if (cost == null || cost.signum() < 0) {
                throw new IllegalArgumentException("repairCosts." + component + ": expected an amount of 0 or more, "
                        + "got "
                        + cost);
            }
        });
        this.typicalCosts = new EnumMap<>(typicalCosts);
        this.currency = currency;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal typicalCost(Component component) {
        return typicalCosts.get(component);
    }

    /** The expected cost of these predictions (component to probability of failure, 0 to 1). */
    public RepairCostEstimate estimate(Map<Component, Double> probabilities) {
        List<ExpectedRepair> repairs = probabilities.entrySet().stream()
                .map(e -> {
                    BigDecimal typical = typicalCosts.get(e.getKey());
                    BigDecimal expected = typical.multiply(BigDecimal.valueOf(e.getValue()))
                            .setScale(0, RoundingMode.HALF_UP);
                    return new ExpectedRepair(e.getKey(), e.getValue(), typical, expected);
                })
                .sorted(COSTLIEST_FIRST)
                .toList();
        BigDecimal total = repairs.stream().map(ExpectedRepair::expectedCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RepairCostEstimate(total, currency, repairs);
    }
}
