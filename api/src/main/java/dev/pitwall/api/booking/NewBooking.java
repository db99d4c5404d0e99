package dev.pitwall.api.booking;

import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.vehicle.Vin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A booking request whose fields each hold what they must; what depends on stored data (the vehicle, the workshop,
 * the slot) is checked when it is booked. Its fields in this order are the request's canonical form, which a
 * repeated Idempotency-Key is compared by.
 */
record NewBooking(String vin, String workshopId, List<ServiceItem> serviceTypes, Instant startsAt, UUID leadId,
        boolean pickupAndDelivery, String pickupAddress, boolean courtesyCar) {

    static final int MAX_ADDRESS_LENGTH = 500;
    static final int MAX_WORKSHOP_ID_LENGTH = 100;
    static final String WORKSHOP_EXPECTED = "the id of a WORKSHOP or DEALER from GET /api/v1/pois, e.g. ws-001";
    static final String SERVICE_TYPES_EXPECTED = "one or more service types, each " + ServiceItem.EXPECTED;
    static final String STARTS_AT_EXPECTED = "an ISO-8601 instant: the startsAt of a slot from GET "
            + "/api/v1/workshops/{workshopId}/slots";
    static final String ADDRESS_EXPECTED = "the address to collect the vehicle from, 1 to " + MAX_ADDRESS_LENGTH
            + " characters, when pickupAndDelivery is true";

    NewBooking {
        serviceTypes = List.copyOf(serviceTypes);
    }

    /** Reads a request, naming every field that is missing or malformed at once. */
    static NewBooking of(BookingRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (!Vin.isValid(request.vin())) {
            violations.add(new Violation("vin", VinParameter.EXPECTED, request.vin()));
        }
        String workshopId = request.workshopId() == null ? null : request.workshopId().strip();
        if (workshopId == null || workshopId.isEmpty() || workshopId.length() > MAX_WORKSHOP_ID_LENGTH) {
            violations.add(new Violation("workshopId", WORKSHOP_EXPECTED, request.workshopId()));
        }
        List<ServiceItem> services = serviceTypes(request.serviceTypes(), violations);
        if (request.startsAt() == null) {
            violations.add(new Violation("startsAt", STARTS_AT_EXPECTED, null));
        }
        boolean pickup = Boolean.TRUE.equals(request.pickupAndDelivery());
        String address = request.pickupAddress() == null || request.pickupAddress().isBlank() ? null
                : request.pickupAddress().strip();
        if (pickup && (address == null || address.length() > MAX_ADDRESS_LENGTH)) {
            violations.add(new Violation("pickupAddress", ADDRESS_EXPECTED, address == null ? null
                    : address.substring(0, 40) + "... (" + address.length() + " characters)"));
        } else if (!pickup && address != null) {
            violations.add(new Violation("pickupAddress", "no pickupAddress unless pickupAndDelivery is true",
                    address));
        }
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
        return new NewBooking(request.vin(), workshopId, services, request.startsAt(), request.leadId(), pickup,
                address, Boolean.TRUE.equals(request.courtesyCar()));
    }

    /** The service types in the order given; each unknown or repeated one is a violation at its position. */
    static List<ServiceItem> serviceTypes(List<String> names, List<Violation> violations) {
        if (names == null || names.isEmpty()) {
            violations.add(new Violation("serviceTypes", SERVICE_TYPES_EXPECTED, names == null ? null : "[]"));
            return List.of();
        }
        List<ServiceItem> items = new ArrayList<>();
        Set<ServiceItem> seen = EnumSet.noneOf(ServiceItem.class);
        for (int i = 0; i < names.size(); i++) {
            Optional<ServiceItem> item = names.get(i) == null ? Optional.empty() : ServiceItem.byName(names.get(i));
            if (item.isEmpty()) {
                violations.add(new Violation("serviceTypes[" + i + "]", ServiceItem.EXPECTED, names.get(i)));
            } else if (!seen.add(item.get())) {
                violations.add(new Violation("serviceTypes[" + i + "]", "each service type once", names.get(i)));
            } else {
                items.add(item.get());
            }
        }
        return items;
    }
}
