package dev.pitwall.engagement.repurchase;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.profile.DrivingSegment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Test signals: a vehicle nothing is known about, and setters for what a test needs known. */
final class Signals {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    /** Volkswagen (WVW), model year 2015 (F): 11 years old on {@link #TODAY}. */
    static final String OLD_VW = "WVWZZZAUZFW000001";
    /** Volkswagen, model year 2026 (T). */
    static final String NEW_VW = "WVWZZZAUZTW000002";
    /** A year code Pitwall cannot read (tenth character '0'). */
    static final String NO_YEAR = "WVWZZZAUZ0W000003";
    static final RepairCostTable COSTS = new RepairCostTable(Map.of(Component.BATTERY, BigDecimal.valueOf(250),
            Component.BRAKE_PADS, BigDecimal.valueOf(380), Component.TIRES, BigDecimal.valueOf(560),
            Component.ENGINE_OIL, BigDecimal.valueOf(190), Component.COOLING, BigDecimal.valueOf(850),
            Component.IGNITION, BigDecimal.valueOf(420)), "EUR");

    private String vin = OLD_VW;
    private Double odometerKm;
    private Integer healthScore;
    private HealthTrend trend;
    private final Map<Component, Double> predictions = new EnumMap<>(Component.class);
    private UsageProfile usage;
    private CurrentVehicle current;
    private SubscriptionTerm subscription;

    static Signals vehicle(String vin) {
        Signals s = new Signals();
        s.vin = vin;
        return s;
    }

    Signals odometer(double km) {
        odometerKm = km;
        return this;
    }

    Signals health(int score) {
        healthScore = score;
        return this;
    }

    Signals trend(int from, int to, int days) {
        trend = new HealthTrend(from, to, days);
        return this;
    }

    Signals predicted(Component component, double probability) {
        predictions.put(component, probability);
        return this;
    }

    Signals usage(double kmPerDay, Integer drivingScore, DrivingSegment... attributes) {
        usage = new UsageProfile(kmPerDay, Set.of(attributes), drivingScore);
        return this;
    }

    Signals current(CurrentVehicle vehicle) {
        current = vehicle;
        return this;
    }

    Signals subscription(String plan, LocalDate endsOn, Integer monthlyPrice) {
        subscription = SubscriptionTerm.of(plan, endsOn, TODAY, monthlyPrice == null ? null
                : BigDecimal.valueOf(monthlyPrice));
        return this;
    }

    RepurchaseSignals build() {
        RepairCostEstimate cost = predictions.isEmpty() ? RepairCostEstimate.none("EUR") : COSTS.estimate(predictions);
        return RepurchaseSignals.of(vin, TODAY, odometerKm, healthScore, trend, cost, usage, current, subscription);
    }
}
