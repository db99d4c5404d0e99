package dev.pitwall.api.booking;

import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.NearParameter;
import dev.pitwall.api.web.ResourceNotFoundException;
import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.poi.PoiFilter;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.poi.PoiMatch;
import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.core.servicebook.ServiceItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The workshops a vehicle can be booked into: the WORKSHOP and DEALER entries of the POI catalog loaded at start-up.
 * A workshop is known by its POI id; capacity and bookings refer to it by that id.
 */
@Component
class BookableWorkshops {

    private static final PoiFilter WORKSHOPS = PoiFilter.kinds(PoiKind.WORKSHOP, PoiKind.DEALER);

    private final PoiCatalog catalog;

    BookableWorkshops(PoiCatalog catalog) {
        this.catalog = catalog;
    }

    Optional<PointOfInterest> find(String workshopId) {
        return catalog.byId(workshopId).filter(WORKSHOPS);
    }

    /** The workshop a path variable names; 404 for anything else. */
    PointOfInterest require(String workshopId) {
        return find(workshopId).orElseThrow(() -> new ResourceNotFoundException("workshop", "workshopId",
                workshopId));
    }

    /**
     * The workshop a request body names, which must offer every service; rejects the request naming
     * {@code workshopId} or each {@code serviceTypes[i]} it does not offer.
     */
    PointOfInterest requireOffering(String workshopId, List<ServiceItem> services) {
        PointOfInterest workshop = find(workshopId).orElseThrow(() -> new InvalidBodyException(List.of(
                new Violation("workshopId", NewBooking.WORKSHOP_EXPECTED, workshopId))));
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            if (!workshop.offers(services.get(i).name())) {
                violations.add(new Violation("serviceTypes[" + i + "]", "a service workshop " + workshopId
                        + " offers: " + offered(workshop), services.get(i).name()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
        return workshop;
    }

    /** The workshops within the radius that offer every service, nearest first. */
    List<PoiMatch> near(NearParameter near, List<ServiceItem> services) {
        PoiFilter filter = WORKSHOPS.withServices(services.stream().map(Enum::name).toArray(String[]::new));
        return catalog.index().within(near.latitude(), near.longitude(), near.radiusKm(), filter);
    }

    private static String offered(PointOfInterest workshop) {
        String services = workshop.services().stream().filter(s -> ServiceItem.byName(s).isPresent()).sorted()
                .collect(Collectors.joining(", "));
        return services.isEmpty() ? "none" : services;
    }
}
