package dev.pitwall.api.booking;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.VehicleAccess;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which bookings a caller may see and change, as a condition over {@code booking b}: those of the vehicles
 * {@link VehicleAccess} lets them act on and, for a subscriber, only the ones booked for them, so that whoever
 * subscribes a vehicle next does not see the last subscriber's visits (and pickup address). Anything else is
 * answered as if it did not exist (404).
 */
@Component
class BookingVisibility {

    private static final String OWNER_PARAMETER = "bookingOwner";

    private final VehicleAccess access;

    BookingVisibility(VehicleAccess access) {
        this.access = access;
    }

    VehicleAccess.Restriction of(Caller caller) {
        VehicleAccess.Restriction vehicles = access.restrict(caller, "b.vin");
        if (caller.isFleetStaff()) {
            return vehicles;
        }
        Map<String, Object> parameters = new HashMap<>(vehicles.parameters());
        parameters.put(OWNER_PARAMETER, caller.subject());
        return new VehicleAccess.Restriction("(" + vehicles.sql() + ") AND b.subscriber_id = :" + OWNER_PARAMETER,
                parameters);
    }
}
