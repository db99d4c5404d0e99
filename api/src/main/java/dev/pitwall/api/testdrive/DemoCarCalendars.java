package dev.pitwall.api.testdrive;

import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.engagement.booking.WorkshopCalendar;
import dev.pitwall.engagement.booking.WorkshopCapacity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A dealer's demo cars of one model as the engagement domain's {@link WorkshopCalendar}: the dealer's opening hours,
 * one "bay" per demo car and no courtesy cars, and the live test drives of the model as the bays' occupancies. So the
 * maintenance bookings' {@code SlotFinder} finds test-drive slots on the same grid and with the same lead time.
 */
@Component
class DemoCarCalendars {

    private final TestDriveRepository repository;
    private final WorkshopCapacity demoCars;

    DemoCarCalendars(TestDriveRepository repository, TestDriveProperties properties) {
        this.repository = repository;
        this.demoCars = new WorkshopCapacity(properties.demoCarsPerModel(), 0);
    }

    /** The calendars of these dealers for the model, with its test drives overlapping {@code [from, to)}. */
    Map<String, WorkshopCalendar> of(List<PointOfInterest> dealers, String modelId, Instant from, Instant to) {
        var occupancies = repository.occupancies(dealers.stream().map(PointOfInterest::id).toList(), modelId, from,
                to);
        Map<String, WorkshopCalendar> calendars = new LinkedHashMap<>();
        for (PointOfInterest dealer : dealers) {
            calendars.put(dealer.id(), new WorkshopCalendar(dealer.openingHours(), demoCars,
                    occupancies.getOrDefault(dealer.id(), List.of())));
        }
        return calendars;
    }
}
