package dev.pitwall.api.renewal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pitwall.renewals.*}: when renewal offers go out and what a renewal runs for (defaults in application.yml).
 *
 * @param enabled whether the API plans offers on its own schedule
 * @param checkInterval how often it plans: offers, supersessions and expiries are per day, so hourly is plenty
 * @param daysBefore the lead times of the offers before a product's end, e.g. [60, 30, 7]
 * @param termMonths how long an accepted renewal runs
 * @param timeZone whose calendar days the lead times count
 * @param planPrices monthly prices of subscription plans, for subscriptions stored without their own price
 * @param currency the currency of planPrices
 */
@ConfigurationProperties("pitwall.renewals")
public record RenewalProperties(boolean enabled, Duration checkInterval, List<Integer> daysBefore, int termMonths,
        ZoneId timeZone, Map<String, BigDecimal> planPrices, String currency) {

    public RenewalProperties {
        planPrices = planPrices == null ? Map.of() : Map.copyOf(planPrices);
        if (checkInterval == null || checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("pitwall.renewals.check-interval: expected a positive duration, got "
                    + checkInterval);
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("pitwall.renewals.currency: expected an ISO 4217 code such as EUR, got "
                    + currency);
        }
    }
}
