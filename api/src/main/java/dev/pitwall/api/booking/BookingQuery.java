package dev.pitwall.api.booking;

import dev.pitwall.api.web.EnumListParameter;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.engagement.booking.BookingStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which bookings a caller lists: of one vehicle, of one workshop, in some statuses; all conditions that are set
 * must hold.
 */
record BookingQuery(String vin, String workshopId, Set<BookingStatus> statuses) {

    BookingQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    static BookingQuery of(String vin, String workshopId, List<String> status) {
        if (vin != null && !vin.isBlank()) {
            VinParameter.require(vin);
        }
        Set<BookingStatus> statuses = EnumListParameter.parse("status", status, BookingStatus.class);
        return new BookingQuery(blankToNull(vin), blankToNull(workshopId), statuses);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
