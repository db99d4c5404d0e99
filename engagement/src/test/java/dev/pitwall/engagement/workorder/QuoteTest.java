package dev.pitwall.engagement.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteTest {

    final Quote quote = new Quote(Currency.getInstance("EUR"), List.of(
            new QuoteLine(1, "Oil service", null, null, new BigDecimal("89.50"), new BigDecimal("45.00"), true),
            new QuoteLine(2, "Brake pads", null, null, new BigDecimal("120.00"), new BigDecimal("85.90"), false),
            new QuoteLine(3, "Wiper blades", null, null, BigDecimal.ZERO, new BigDecimal("24.99"), false)), null);

    @Test
    void approvesTheMandatoryLinesAndTheChosenOptionalOnes() {
        assertThat(quote.approvedLines(List.of(3))).containsExactly(1, 3);
        assertThat(quote.approvedLines(List.of())).containsExactly(1);
        assertThat(quote.totalOf(Set.of(1, 3))).isEqualTo(new BigDecimal("159.49"));
    }

    @Test
    void refusesChoicesThatAreNotOptionalLinesOrRepeated() {
        assertThatThrownBy(() -> quote.approvedLines(Arrays.asList(1, 2, 2, 9, null)))
                .isInstanceOfSatisfying(InvalidWorkOrderInputException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::field).containsExactly(
                            "approvedOptionalLines[0]", "approvedOptionalLines[2]", "approvedOptionalLines[3]",
                            "approvedOptionalLines[4]");
                    assertThat(e.violations().get(0).expected()).contains("one of [2, 3]");
                });
    }

    @Test
    void saysSoWhenAQuoteHasNoOptionalLines() {
        Quote mandatoryOnly = new Quote(quote.currency(), quote.lines().subList(0, 1), null);
        assertThatThrownBy(() -> mandatoryOnly.approvedLines(List.of(1)))
                .isInstanceOfSatisfying(InvalidWorkOrderInputException.class, e -> assertThat(
                        e.violations().get(0).expected()).contains("no optional lines"));
    }
}
