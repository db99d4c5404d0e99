package dev.pitwall.engagement.workorder;

import java.math.BigDecimal;

/** The sums of a quote: the mandatory lines, the optional ones, and all of them. */
public record QuoteTotals(BigDecimal mandatory, BigDecimal optional, BigDecimal total) {
}
