package dev.pitwall.engagement.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RenewalPlannerTest {

    static final LocalDate END = LocalDate.parse("2027-03-31");
    static final RenewableProduct SUBSCRIPTION = new RenewableProduct(ProductKind.SUBSCRIPTION,
            UUID.fromString("7d7b6f8e-2f0a-4a55-9a57-2b9a8c1d0e01"), "sub-1", "WVWZZZCDZNW000001", "Comfort",
            LocalDate.parse("2025-04-01"), END, new BigDecimal("549.00"), "EUR");
    static final RenewalSignals SIGNALS = new RenewalSignals(23, OptionalInt.of(88), OptionalInt.empty());

    final RenewalPlanner planner = new RenewalPlanner(RenewalSchedule.of(60, 30, 7), RenewalPricing.DEFAULTS, 12);

    @Test
    void anOfferRenewsForTheTermFromTheCurrentEnd() {
        RenewalOfferDraft draft = planner.plan(SUBSCRIPTION, SIGNALS, END.minusDays(45)).orElseThrow();

        assertThat(draft.stage().daysBefore()).isEqualTo(60);
        assertThat(draft.renewedFrom()).isEqualTo(END);
        assertThat(draft.renewedUntil()).isEqualTo(LocalDate.parse("2028-03-31"));
        assertThat(draft.quote().offeredMonthly()).isEqualByComparingTo("494.10");
    }

    @Test
    void theSameStageAlwaysYieldsTheSameOfferId() {
        UUID first = planner.plan(SUBSCRIPTION, SIGNALS, END.minusDays(60)).orElseThrow().offerId();
        UUID later = planner.plan(SUBSCRIPTION, SIGNALS, END.minusDays(31)).orElseThrow().offerId();
        UUID nextStage = planner.plan(SUBSCRIPTION, SIGNALS, END.minusDays(30)).orElseThrow().offerId();

        assertThat(later).isEqualTo(first);
        assertThat(nextStage).isNotEqualTo(first);
    }

    @Test
    void aRenewedProductStartsOverWithNewOfferIds() {
        UUID before = planner.plan(SUBSCRIPTION, SIGNALS, END.minusDays(7)).orElseThrow().offerId();
        RenewableProduct renewed = new RenewableProduct(SUBSCRIPTION.kind(), SUBSCRIPTION.productId(), "sub-1",
                SUBSCRIPTION.vin(), "Comfort", SUBSCRIPTION.startsOn(), END.plusMonths(12), SUBSCRIPTION.currentMonthly(),
                "EUR");

        assertThat(planner.plan(renewed, SIGNALS, END.plusMonths(12).minusDays(7)).orElseThrow().offerId())
                .isNotEqualTo(before);
        assertThat(planner.plan(renewed, SIGNALS, END.minusDays(7))).isEmpty();
    }

    @Test
    void tenureCountsWholeMonths() {
        assertThat(RenewalPlanner.tenureMonths(LocalDate.parse("2025-04-01"), LocalDate.parse("2027-03-31")))
                .isEqualTo(23);
        assertThat(RenewalPlanner.tenureMonths(LocalDate.parse("2025-04-01"), LocalDate.parse("2027-04-01")))
                .isEqualTo(24);
        assertThat(RenewalPlanner.tenureMonths(LocalDate.parse("2027-04-01"), LocalDate.parse("2027-03-01")))
                .isZero();
    }

    @Test
    void aTermOfNoMonthsIsRefused() {
        assertThatThrownBy(() -> new RenewalPlanner(RenewalSchedule.of(30), RenewalPricing.DEFAULTS, 0))
                .hasMessageContaining("termMonths");
    }
}
