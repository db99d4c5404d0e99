package dev.pitwall.engagement.workorder;

import dev.pitwall.core.servicebook.ServiceItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a quote must be: a known ISO 4217 currency, 1 to {@code maxLines} lines, each with a description, amounts of
 * labour and parts from 0 to {@code maxAmount} with no more decimals than the currency has, and at most one
 * service type (a service-book item) or part number.
 */
public record QuoteRules(int maxLines, BigDecimal maxAmount) {

    static final int MAX_DESCRIPTION = 200;
    static final int MAX_PART_NUMBER = 64;
    static final int MAX_NOTE = 1000;

    public QuoteRules {
        if (maxLines < 1 || maxAmount == null || maxAmount.signum() <= 0) {
            throw new IllegalArgumentException("quote rules: expected at least 1 line and a positive maximum amount, "
                    + "got " + maxLines + " and " + maxAmount);
        }
    }

    /** A line as a caller sent it, every field possibly missing. */
    public record LineInput(String description, String serviceType, String partNumber, BigDecimal labour,
            BigDecimal parts, Boolean mandatory) {
    }

    /**
     * The quote these inputs describe, lines numbered from 1 in the order given.
     *
     * @throws InvalidWorkOrderInputException naming every field that breaks a rule
     */
    public Quote parse(String currencyCode, List<LineInput> lines, String note) {
        List<Violation> violations = new ArrayList<>();
        Currency currency = currency(currencyCode, violations);
        if (lines == null || lines.isEmpty() || lines.size() > maxLines) {
            violations.add(new Violation("lines", "1 to " + maxLines + " lines",
                    lines == null ? null : lines.size() + " lines"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            violations.add(new Violation("note", "at most " + MAX_NOTE + " characters", note.length() + " characters"));
        }
        List<QuoteLine> parsed = new ArrayList<>();
        for (int i = 0; lines != null && i < lines.size() && i < maxLines; i++) {
            parsed.add(line(i, lines.get(i), currency, violations));
        }
        InvalidWorkOrderInputException.throwIfAny(violations);
        return new Quote(currency, parsed, note == null || note.isBlank() ? null : note.strip());
    }

    private QuoteLine line(int i, LineInput line, Currency currency, List<Violation> violations) {
        String at = "lines[" + i + "].";
        if (line == null) {
            violations.add(new Violation("lines[" + i + "]", "a quote line", null));
            return null;
        }
        String description = line.description() == null ? null : line.description().strip();
        if (description == null || description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            violations.add(new Violation(at + "description", "1 to " + MAX_DESCRIPTION + " characters",
                    line.description()));
        }
        ServiceItem item = null;
        if (line.serviceType() != null) {
            try {
                item = ServiceItem.valueOf(line.serviceType());
            } catch (IllegalArgumentException e) {
                violations.add(new Violation(at + "serviceType", "one of " + Arrays.stream(ServiceItem.values())
                        .map(Enum::name).collect(Collectors.joining(", ")), line.serviceType()));
            }
        }
        String part = line.partNumber() == null || line.partNumber().isBlank() ? null : line.partNumber().strip();
        if (part != null && part.length() > MAX_PART_NUMBER) {
            violations.add(new Violation(at + "partNumber", "at most " + MAX_PART_NUMBER + " characters", part));
        }
        if (item != null && part != null) {
            violations.add(new Violation(at + "partNumber", "either a serviceType or a partNumber, not both", part));
        }
        amount(at + "labour", line.labour(), currency, violations);
        amount(at + "parts", line.parts(), currency, violations);
        if (line.mandatory() == null) {
            violations.add(new Violation(at + "mandatory", "true (the visit cannot be done without it) or false "
                    + "(a recommendation the customer may leave out)", null));
        }
        return new QuoteLine(i + 1, description, item, part, line.labour(), line.parts(),
                Boolean.TRUE.equals(line.mandatory()));
    }

    private static Currency currency(String code, List<Violation> violations) {
        if (code != null && code.matches("[A-Z]{3}")) {
            try {
                Currency currency = Currency.getInstance(code);
                if (currency.getDefaultFractionDigits() >= 0) { // not a fund or metal such as XAU
                    return currency;
                }
            } catch (IllegalArgumentException e) {
                // answered below
            }
        }
        violations.add(new Violation("currency", "an ISO 4217 currency code such as EUR", code));
        return null;
    }

    private void amount(String field, BigDecimal amount, Currency currency, List<Violation> violations) {
        int decimals = currency == null ? 2 : Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount == null || amount.signum() < 0 || amount.compareTo(maxAmount) > 0
                || amount.stripTrailingZeros().scale() > decimals) {
            violations.add(new Violation(field, "an amount from 0 to " + maxAmount.toPlainString() + " with at most "
                    + decimals + " decimals", amount == null ? null : amount.toPlainString()));
        }
    }
}
