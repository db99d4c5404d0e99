package dev.pitwall.api.booking;

import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.engagement.booking.WorkshopCapacity;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Workshops' bays and courtesy cars. A change applies to slot searches and bookings from then on; bookings already
 * made keep their bays (a bay taken away is simply not offered again).
 */
@Service
class CapacityService {

    private final BookableWorkshops workshops;
    private final CapacityRepository repository;
    private final BookingProperties properties;

    CapacityService(BookableWorkshops workshops, CapacityRepository repository, BookingProperties properties) {
        this.workshops = workshops;
        this.repository = repository;
        this.properties = properties;
    }

    WorkshopCapacityView capacity(String workshopId) {
        workshops.require(workshopId);
        return repository.find(workshopId)
                .map(stored -> view(workshopId, stored, WorkshopCapacityView.Source.CONFIGURED))
                .orElseGet(() -> view(workshopId, new CapacityRepository.StoredCapacity(
                        properties.defaultCapacity(), null), WorkshopCapacityView.Source.DEFAULT));
    }

    WorkshopCapacityView set(String workshopId, CapacityRequest request) {
        workshops.require(workshopId);
        List<Violation> violations = new ArrayList<>();
        if (request.bays() == null || request.bays() < 1 || request.bays() > WorkshopCapacity.MAX_BAYS) {
            violations.add(new Violation("bays", "an integer from 1 to " + WorkshopCapacity.MAX_BAYS,
                    request.bays()));
        }
        if (request.courtesyCars() == null || request.courtesyCars() < 0
                || request.courtesyCars() > WorkshopCapacity.MAX_COURTESY_CARS) {
            violations.add(new Violation("courtesyCars", "an integer from 0 to "
                    + WorkshopCapacity.MAX_COURTESY_CARS, request.courtesyCars()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
        CapacityRepository.StoredCapacity stored = repository.save(workshopId,
                new WorkshopCapacity(request.bays(), request.courtesyCars()));
        return view(workshopId, stored, WorkshopCapacityView.Source.CONFIGURED);
    }

    private static WorkshopCapacityView view(String workshopId, CapacityRepository.StoredCapacity stored,
            WorkshopCapacityView.Source source) {
        return new WorkshopCapacityView(workshopId, stored.capacity().bays(), stored.capacity().courtesyCars(),
                source, stored.updatedAt());
    }
}
