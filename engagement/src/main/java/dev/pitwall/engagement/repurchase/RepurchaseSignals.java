package dev.pitwall.engagement.repurchase;

import dev.pitwall.core.servicebook.VinModelYear;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Everything the repurchase scoring looks at for one vehicle. A null field means Pitwall does not know it yet; the
 * scoring then gives it no points and says so.
 *
 * @param modelYear      from the VIN's tenth character; null when it is not a year code
 * @param ageYears       today's year minus the model year (never negative); null with modelYear
 * @param odometerKm     the newest odometer reading
 * @param healthScore    today's health score 0–100
 * @param healthTrend    how health moved over the last weeks; null when the history is too short to tell
 * @param repairCost     expected repair cost from the failure predictions; empty when none were made
 * @param usage          the driving profile; null before the first one was written
 * @param currentVehicle what the model catalog knows of today's car (brand, segment); null when nothing
 * @param subscription   the active subscription; null when there is none
 */
public record RepurchaseSignals(
        String vin,
        Integer modelYear,
        Integer ageYears,
        Double odometerKm,
        Integer healthScore,
        HealthTrend healthTrend,
        RepairCostEstimate repairCost,
        UsageProfile usage,
        CurrentVehicle currentVehicle,
        SubscriptionTerm subscription) {

    public RepurchaseSignals {
        if (repairCost == null) {
            throw new IllegalArgumentException("repairCost: expected an estimate, RepairCostEstimate.none() when "
                    + "nothing was predicted");
        }
    }

    /** The model year from the VIN and the age it gives {@code today}; the rest as given. */
    public static RepurchaseSignals of(String vin, LocalDate today, Double odometerKm, Integer healthScore,
            HealthTrend healthTrend, RepairCostEstimate repairCost, UsageProfile usage, CurrentVehicle currentVehicle,
            SubscriptionTerm subscription) {
        OptionalInt modelYear = VinModelYear.of(vin);
        Integer year = modelYear.isPresent() ? modelYear.getAsInt() : null;
        // a car of next year's model year is sold this year: age 0, not -1
        Integer age = year == null ? null : Math.max(0, today.getYear() - year);
        return new RepurchaseSignals(vin, year, age, odometerKm, healthScore, healthTrend, repairCost, usage,
                currentVehicle, subscription);
    }
}
