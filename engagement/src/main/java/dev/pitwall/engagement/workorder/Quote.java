package dev.pitwall.engagement.workorder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** A quote's content as the workshop sent it: one currency, numbered lines, an optional note to the customer. */
public record Quote(Currency currency, List<QuoteLine> lines, String note) {

    public Quote {
        lines = List.copyOf(lines);
    }

    public QuoteTotals totals() {
        return new QuoteTotals(sum(QuoteLine::mandatory), sum(l -> !l.mandatory()), sum(l -> true));
    }

    /** The sum of the lines with these numbers. */
    public BigDecimal totalOf(Set<Integer> numbers) {
        return sum(l -> numbers.contains(l.number()));
    }

    /**
     * The lines an approval orders: every mandatory line and the optional ones the customer chose.
     *
     * @throws InvalidWorkOrderInputException naming each chosen number that is not an optional line, or repeated
     */
    public Set<Integer> approvedLines(List<Integer> chosenOptional) {
        Set<Integer> optional = new TreeSet<>(lines.stream().filter(l -> !l.mandatory()).map(QuoteLine::number)
                .toList());
        Set<Integer> approved = new TreeSet<>(lines.stream().filter(QuoteLine::mandatory).map(QuoteLine::number)
                .toList());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < chosenOptional.size(); i++) {
            Integer number = chosenOptional.get(i);
            if (number == null || !optional.contains(number) || !approved.add(number)) {
                violations.add(new Violation("approvedOptionalLines[" + i + "]",
                        optional.isEmpty() ? "nothing: this quote has no optional lines"
                                : "the number of an optional line, each once: one of " + optional, number));
            }
        }
        InvalidWorkOrderInputException.throwIfAny(violations);
        return approved;
    }

    private BigDecimal sum(Predicate<QuoteLine> which) {
        return lines.stream().filter(which).map(QuoteLine::total).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(currency.getDefaultFractionDigits());
    }
}
