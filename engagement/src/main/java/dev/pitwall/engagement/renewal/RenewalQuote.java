package dev.pitwall.engagement.renewal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A personalised renewal price.
 *
 * @param currentMonthly what the product costs now per month
 * @param offeredMonthly what the renewal costs per month
 * @param totalPercent the applied change in percent (after the discount cap), negative for a saving
 * @param incentives every adjustment that was considered applicable, with its reason
 */
public record RenewalQuote(BigDecimal currentMonthly, BigDecimal offeredMonthly, int totalPercent,
        List<Incentive> incentives) {

    public RenewalQuote {
        incentives = List.copyOf(incentives);
    }
}
