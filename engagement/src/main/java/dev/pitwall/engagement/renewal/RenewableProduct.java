package dev.pitwall.engagement.renewal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A product a subscriber holds on a vehicle and may renew.
 *
 * @param kind subscription, warranty or insurance
 * @param productId the subscription's or the coverage's id
 * @param name the plan or product name shown to the subscriber
 * @param currentMonthly the current monthly price
 * @param currency ISO 4217 code
 */
public record RenewableProduct(ProductKind kind, UUID productId, String subscriberId, String vin, String name,
        LocalDate startsOn, LocalDate endsOn, BigDecimal currentMonthly, String currency) {
}
