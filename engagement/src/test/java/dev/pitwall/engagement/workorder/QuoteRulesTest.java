package dev.pitwall.engagement.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.engagement.workorder.QuoteRules.LineInput;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteRulesTest {

    final QuoteRules rules = new QuoteRules(3, new BigDecimal("10000"));

    static LineInput line(String description, String labour, String parts, Boolean mandatory) {
        return new LineInput(description, null, null, labour == null ? null : new BigDecimal(labour),
                parts == null ? null : new BigDecimal(parts), mandatory);
    }

    static List<String> fields(Throwable e) {
        return ((InvalidWorkOrderInputException) e).violations().stream().map(Violation::field).toList();
    }

    @Test
    void numbersTheLinesAndSumsMandatoryOptionalAndAll() {
        Quote quote = rules.parse("EUR", List.of(
                new LineInput("Oil service", "OIL_SERVICE", null, new BigDecimal("89.50"), new BigDecimal("45"), true),
                new LineInput("Front brake pads", null, "1K0698151", new BigDecimal("120"), new BigDecimal("85.9"),
                        false)), "  Pads at 3 mm  ");

        assertThat(quote.lines()).extracting(QuoteLine::number).containsExactly(1, 2);
        assertThat(quote.lines().get(0).serviceType()).isEqualTo(ServiceItem.OIL_SERVICE);
        assertThat(quote.lines().get(1).partNumber()).isEqualTo("1K0698151");
        assertThat(quote.note()).isEqualTo("Pads at 3 mm");
        assertThat(quote.totals()).isEqualTo(new QuoteTotals(new BigDecimal("134.50"), new BigDecimal("205.90"),
                new BigDecimal("340.40")));
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        assertThatThrownBy(() -> rules.parse("EURO", List.of(
                new LineInput(" ", "OIL_CHANGE", null, new BigDecimal("-1"), new BigDecimal("1.005"), null),
                new LineInput("Both", "OIL_SERVICE", "X-1", BigDecimal.ONE, new BigDecimal("10001"), true)),
                "n".repeat(1001)))
                .satisfies(e -> assertThat(fields(e)).containsExactly("currency", "note", "lines[0].description",
                        "lines[0].serviceType", "lines[0].labour", "lines[0].parts", "lines[0].mandatory",
                        "lines[1].partNumber", "lines[1].parts"));
    }

    @Test
    void needsOneToMaxLinesAndRealCurrencies() {
        assertThatThrownBy(() -> rules.parse("EUR", List.of(), null))
                .satisfies(e -> assertThat(fields(e)).containsExactly("lines"));
        assertThatThrownBy(() -> rules.parse("EUR", Collections.nCopies(4, line("x", "1", "0", true)), null))
                .satisfies(e -> assertThat(fields(e)).containsExactly("lines"));
        assertThatThrownBy(() -> rules.parse("XAU", List.of(line("x", "1", "0", true)), null))
                .satisfies(e -> assertThat(fields(e)).containsExactly("currency"));
        // yen have no decimals
        assertThatThrownBy(() -> rules.parse("JPY", List.of(line("x", "1.5", "0", true)), null))
                .satisfies(e -> assertThat(fields(e)).containsExactly("lines[0].labour"));
        assertThat(rules.parse("JPY", List.of(line("x", "1500", "0.00", true)), null).totals().total())
                .isEqualTo(new BigDecimal("1500"));
    }

    @Test
    void refusesRulesThatAllowNoQuote() {
        assertThatThrownBy(() -> new QuoteRules(0, BigDecimal.TEN)).hasMessageContaining("at least 1 line");
        assertThatThrownBy(() -> new QuoteRules(1, BigDecimal.ZERO)).hasMessageContaining("positive");
    }
}
