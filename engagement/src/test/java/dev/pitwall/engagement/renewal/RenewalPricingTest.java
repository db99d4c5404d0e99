package dev.pitwall.engagement.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RenewalPricingTest {

    static final BigDecimal PRICE = new BigDecimal("100.00");
    final RenewalPricing pricing = RenewalPricing.DEFAULTS;

    static RenewalSignals signals(int tenure, Integer health, Integer driving) {
        return new RenewalSignals(tenure, health == null ? OptionalInt.empty() : OptionalInt.of(health),
                driving == null ? OptionalInt.empty() : OptionalInt.of(driving));
    }

    @Test
    void aLateOfferToANewSubscriberKeepsThePrice() {
        RenewalQuote quote = pricing.quote(ProductKind.SUBSCRIPTION, PRICE, 7, signals(11, 90, 90));

        assertThat(quote.incentives()).isEmpty();
        assertThat(quote.offeredMonthly()).isEqualByComparingTo("100.00");
    }

    @Test
    void earlyRenewalAndLoyaltyAddUp() {
        RenewalQuote quote = pricing.quote(ProductKind.SUBSCRIPTION, PRICE, 60, signals(24, null, null));

        assertThat(quote.incentives()).extracting(Incentive::code).containsExactly("EARLY_RENEWAL", "LOYALTY");
        assertThat(quote.totalPercent()).isEqualTo(-15);
        assertThat(quote.offeredMonthly()).isEqualByComparingTo("85.00");
    }

    @Test
    void aWarrantyFollowsTheVehiclesHealth() {
        assertThat(pricing.quote(ProductKind.WARRANTY, PRICE, 30, signals(0, 90, null)).offeredMonthly())
                .isEqualByComparingTo("90.00");
        assertThat(pricing.quote(ProductKind.WARRANTY, PRICE, 30, signals(0, 70, null)).offeredMonthly())
                .isEqualByComparingTo("100.00");
        RenewalQuote worn = pricing.quote(ProductKind.WARRANTY, PRICE, 30, signals(0, 59, null));
        assertThat(worn.incentives()).extracting(Incentive::code).containsExactly("WORN_VEHICLE");
        assertThat(worn.offeredMonthly()).isEqualByComparingTo("120.00");
    }

    @Test
    void healthDoesNotPriceASubscriptionOrInsurance() {
        assertThat(pricing.quote(ProductKind.SUBSCRIPTION, PRICE, 30, signals(0, 10, null)).incentives()).isEmpty();
        assertThat(pricing.quote(ProductKind.INSURANCE, PRICE, 30, signals(0, 10, null)).incentives()).isEmpty();
    }

    @Test
    void onlySafeDriversChangeAnInsurancePrice() {
        RenewalQuote safe = pricing.quote(ProductKind.INSURANCE, PRICE, 30, signals(0, null, 80));
        assertThat(safe.incentives()).extracting(Incentive::code).containsExactly("SAFE_DRIVER");
        assertThat(safe.offeredMonthly()).isEqualByComparingTo("85.00");
        assertThat(pricing.quote(ProductKind.INSURANCE, PRICE, 30, signals(0, null, 20)).incentives()).isEmpty();
    }

    @Test
    void stackedDiscountsStopAtTheCap() {
        RenewalQuote quote = pricing.quote(ProductKind.INSURANCE, PRICE, 60, signals(36, null, 95));

        assertThat(quote.incentives()).hasSize(3); // 10 + 5 + 15 = 30, exactly the cap
        assertThat(quote.totalPercent()).isEqualTo(-30);
        RenewalPricing tighter = new RenewalPricing(45, 10, 24, 5, 85, 10, 60, 20, 80, 15, 20);
        assertThat(tighter.quote(ProductKind.INSURANCE, PRICE, 60, signals(36, null, 95)).offeredMonthly())
                .isEqualByComparingTo("80.00");
    }

    @Test
    void pricesAreRoundedToCents() {
        assertThat(pricing.quote(ProductKind.SUBSCRIPTION, new BigDecimal("549.99"), 60, signals(0, null, null))
                .offeredMonthly()).isEqualByComparingTo("494.99");
    }

    @Test
    void badParametersAreRefusedByName() {
        assertThatThrownBy(() -> new RenewalPricing(45, 110, 24, 5, 85, 10, 60, 20, 80, 15, 30))
                .hasMessageContaining("earlyRenewalPercent");
        assertThatThrownBy(() -> new RenewalPricing(45, 10, 24, 5, 50, 10, 60, 20, 80, 15, 30))
                .hasMessageContaining("wornVehicleScore");
        assertThatThrownBy(() -> pricing.quote(ProductKind.WARRANTY, new BigDecimal("-1"), 7, signals(0, null, null)))
                .hasMessageContaining("currentMonthly");
    }
}
