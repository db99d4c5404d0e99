package dev.pitwall.api.alarm;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.vehicle.KnownVehicles;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The fleet's and a vehicle's alarms for operators and service advisors, and a subscriber's own vehicles' alarms.
 * Takes validated queries; an empty result means the vehicle is unknown to the caller (as opposed to known and
 * without alarms).
 */
@Service
class AlarmService {

    private final AlarmRepository repository;
    private final KnownVehicles vehicles;

    AlarmService(AlarmRepository repository, KnownVehicles vehicles) {
        this.repository = repository;
        this.vehicles = vehicles;
    }

    Page<Alarm> fleet(AlarmQuery query, PageQuery page) {
        return repository.findPage(Caller.current(), null, query, page);
    }

    Optional<Page<Alarm>> vehicle(String vin, AlarmQuery query, PageQuery page) {
        if (!vehicles.exists(vin)) {
            return Optional.empty();
        }
        return Optional.of(repository.findPage(Caller.current(), vin, query, page));
    }
}
