package dev.pitwall.api.vehicle;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.TimeRange;
import dev.pitwall.core.health.HealthBand;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Fleet and vehicle reads for the fleet roles, and for subscribers of the vehicles they own. Takes validated
 * queries; an empty result means the vehicle is unknown to the caller (as opposed to known but quiet in the range
 * asked for).
 */
@Service
class VehicleService {

    private final VehicleRepository repository;
    private final KnownVehicles known;

    VehicleService(VehicleRepository repository, KnownVehicles known) {
        this.repository = repository;
        this.known = known;
    }

    Page<VehicleSummary> list(HealthBand band, PageQuery page) {
        return repository.findPage(Caller.current(), band, page);
    }

    Optional<VehicleDetail> find(String vin) {
        return known.exists(vin) ? repository.findByVin(vin) : Optional.empty();
    }

    Optional<Page<TelemetryPoint>> telemetry(String vin, TimeRange range, PageQuery page) {
        if (!known.exists(vin)) {
            return Optional.empty();
        }
        return Optional.of(repository.findTelemetry(vin, range, page));
    }

    Optional<HealthHistory> healthHistory(String vin, TimeRange range, int limit) {
        if (!known.exists(vin)) {
            return Optional.empty();
        }
        // one more than asked tells whether the range held more points than the limit
        List<HealthPoint> newestFirst = repository.findHealthHistory(vin, range, limit + 1);
        boolean truncated = newestFirst.size() > limit;
        List<HealthPoint> oldestFirst = new ArrayList<>(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
        Collections.reverse(oldestFirst);
        return Optional.of(new HealthHistory(vin, range.from(), range.to(), limit, truncated, oldestFirst));
    }
}
