package dev.pitwall.engagement.renewal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a renewal's monthly price is personalised from the current price (docs/renewals.md). Percentages add up; the
 * total discount is capped so that stacked incentives never give the product away.
 * <ul>
 * <li>early renewal: an offer at least {@code earlyRenewalDays} before the end saves {@code earlyRenewalPercent};
 * <li>loyalty: {@code loyaltyMonths} or more with the product save {@code loyaltyPercent};
 * <li>warranty: a healthy vehicle (health score at or above {@code healthyVehicleScore}) costs less to cover, a worn
 *     one (below {@code wornVehicleScore}) more — the one surcharge, because the risk Pitwall sees is real;
 * <li>insurance: a safe driver (driving score at or above {@code safeDriverScore}) saves {@code safeDriverPercent}.
 *     A poor driving score gives no surcharge: the offer is marketing, not underwriting.
 * </ul>
 */
public record RenewalPricing(
        int earlyRenewalDays, int earlyRenewalPercent,
        int loyaltyMonths, int loyaltyPercent,
        int healthyVehicleScore, int healthyVehiclePercent,
        int wornVehicleScore, int wornVehiclePercent,
        int safeDriverScore, int safeDriverPercent,
        int maxDiscountPercent) {

    public static final RenewalPricing DEFAULTS = new RenewalPricing(45, 10, 24, 5, 85, 10, 60, 20, 80, 15, 30);

    public RenewalPricing {
        requirePercent("earlyRenewalPercent", earlyRenewalPercent);
        requirePercent("loyaltyPercent", loyaltyPercent);
        requirePercent("healthyVehiclePercent", healthyVehiclePercent);
        requirePercent("wornVehiclePercent", wornVehiclePercent);
        requirePercent("safeDriverPercent", safeDriverPercent);
        requirePercent("maxDiscountPercent", maxDiscountPercent);
        if (wornVehicleScore > healthyVehicleScore) {
            throw new IllegalArgumentException("wornVehicleScore: expected at most healthyVehicleScore ("
                    + healthyVehicleScore + "), got " + wornVehicleScore);
        }
    }

    /** The renewal price of a product now costing {@code currentMonthly}, offered {@code daysBefore} its end. */
    public RenewalQuote quote(ProductKind kind, BigDecimal currentMonthly, int daysBefore, RenewalSignals signals) {
        if (currentMonthly == null || currentMonthly.signum() < 0) {
            throw new IllegalArgumentException("currentMonthly: expected a price of 0 or more, got " + currentMonthly);
        }
        List<Incentive> incentives = new ArrayList<>();
        if (daysBefore >= earlyRenewalDays && earlyRenewalPercent > 0) {
            incentives.add(new Incentive("EARLY_RENEWAL", -earlyRenewalPercent,
                    "Renew " + daysBefore + " days ahead and save " + earlyRenewalPercent + " %"));
        }
        if (signals.tenureMonths() >= loyaltyMonths && loyaltyPercent > 0) {
            incentives.add(new Incentive("LOYALTY", -loyaltyPercent,
                    signals.tenureMonths() + " months with us: " + loyaltyPercent + " % off"));
        }
        if (kind == ProductKind.WARRANTY && signals.healthScore().isPresent()) {
            int health = signals.healthScore().getAsInt();
            if (health >= healthyVehicleScore && healthyVehiclePercent > 0) {
                incentives.add(new Incentive("HEALTHY_VEHICLE", -healthyVehiclePercent,
                        "Your car's health score of " + health + " lowers the cover's price"));
            } else if (health < wornVehicleScore && wornVehiclePercent > 0) {
                incentives.add(new Incentive("WORN_VEHICLE", wornVehiclePercent,
                        "A health score of " + health + " means more repairs to cover"));
            }
        }
        if (kind == ProductKind.INSURANCE && signals.drivingScore().isPresent()
                && signals.drivingScore().getAsInt() >= safeDriverScore && safeDriverPercent > 0) {
            incentives.add(new Incentive("SAFE_DRIVER", -safeDriverPercent,
                    "A driving score of " + signals.drivingScore().getAsInt() + " earns the safe-driver discount"));
        }
        int total = Math.max(-maxDiscountPercent, incentives.stream().mapToInt(Incentive::percent).sum());
        BigDecimal monthly = currentMonthly.multiply(BigDecimal.valueOf(100 + total))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new RenewalQuote(currentMonthly.setScale(2, RoundingMode.HALF_UP), monthly, total, incentives);
    }

    private static void requirePercent(String name, int value) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(name + ": expected a percentage from 0 to 100, got " + value);
        }
    }
}
