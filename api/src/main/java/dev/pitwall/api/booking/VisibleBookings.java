package dev.pitwall.api.booking;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.ResourceNotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The bookings a caller may see ({@link BookingVisibility}), for the features built on a booking (its work order):
 * they reuse the booking's rule instead of one of their own, so anything the caller may not see is the very same
 * 404 as an unknown booking id.
 */
@Component
public class VisibleBookings {

    private final BookingRepository repository;
    private final BookingVisibility visibility;

    VisibleBookings(BookingRepository repository, BookingVisibility visibility) {
        this.repository = repository;
        this.visibility = visibility;
    }

    /** The booking, as of now (read committed); a 404 naming {@code bookingId} when the caller may not see it. */
    public Booking require(Caller caller, UUID bookingId) {
        return repository.find(bookingId, visibility.of(caller)).orElseThrow(() -> BookingService.notFound(bookingId));
    }
}
