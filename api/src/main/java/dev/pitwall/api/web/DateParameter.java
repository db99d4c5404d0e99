package dev.pitwall.api.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A query parameter holding an ISO-8601 local date such as 2026-02-02; absent or blank means none. */
public final class DateParameter {

    private DateParameter() {
    }

    /**
     * @return the date, or null when {@code value} is absent or blank
     * @throws InvalidParameterException naming {@code parameter} and {@code expected} for anything else
     */
    public static LocalDate parse(String parameter, String value, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, expected, value);
        }
    }
}
