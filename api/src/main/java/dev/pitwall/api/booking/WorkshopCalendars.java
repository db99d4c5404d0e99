package dev.pitwall.api.booking;

import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.engagement.booking.WorkshopCalendar;
import dev.pitwall.engagement.booking.WorkshopCapacity;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Builds the engagement domain's {@link WorkshopCalendar}s from the catalog's opening hours, the stored (or
 * default) capacities and the live bookings of a time window, two queries for any number of workshops.
 */
@Component
class WorkshopCalendars {

    private final CapacityRepository capacities;
    private final BookingRepository bookings;
    private final BookingProperties properties;

    WorkshopCalendars(CapacityRepository capacities, BookingRepository bookings, BookingProperties properties) {
        this.capacities = capacities;
        this.bookings = bookings;
        this.properties = properties;
    }

    /**
     * The calendars of these workshops with the bookings that overlap {@code [from, to)}, in the workshops' order.
     *
     * @param excluded a booking to leave out (the one being moved), or null
     */
    Map<String, WorkshopCalendar> of(Collection<PointOfInterest> workshops, Instant from, Instant to,
            UUID excluded) {
        List<String> ids = workshops.stream().map(PointOfInterest::id).toList();
        Map<String, WorkshopCapacity> stored = capacities.findAll(ids);
        var occupancies = bookings.occupancies(ids, from, to, excluded);
        Map<String, WorkshopCalendar> calendars = new LinkedHashMap<>();
        for (PointOfInterest workshop : workshops) {
            calendars.put(workshop.id(), new WorkshopCalendar(workshop.openingHours(),
                    stored.getOrDefault(workshop.id(), properties.defaultCapacity()),
                    occupancies.getOrDefault(workshop.id(), List.of())));
        }
        return calendars;
    }

    WorkshopCalendar of(PointOfInterest workshop, Instant from, Instant to, UUID excluded) {
        return of(List.of(workshop), from, to, excluded).get(workshop.id());
    }
}
