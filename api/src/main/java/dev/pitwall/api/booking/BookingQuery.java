package dev.pitwall.api.booking;

import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.engagement.booking.BookingStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which bookings a caller lists: of one vehicle, of one workshop, in some statuses; all conditions that are set
 * must hold.
 */
record BookingQuery(String vin, String workshopId, Set<BookingStatus> statuses) {

    static final String STATUS_EXPECTED = "one or more of " + Arrays.stream(BookingStatus.values()).map(Enum::name)
            .collect(Collectors.joining(", ")) + ", separated by commas";

    BookingQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    static BookingQuery of(String vin, String workshopId, List<String> status) {
        if (vin != null && !vin.isBlank()) {
            VinParameter.require(vin);
        }
        Set<BookingStatus> statuses = EnumSet.noneOf(BookingStatus.class);
        if (status != null) {
            for (String value : status.stream().flatMap(s -> Arrays.stream(s.split(","))).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList()) {
                try {
                    statuses.add(BookingStatus.valueOf(value.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidParameterException("status", STATUS_EXPECTED, value);
                }
            }
        }
        return new BookingQuery(blankToNull(vin), blankToNull(workshopId), statuses);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
