package dev.pitwall.api.vehicle;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.VehicleAccess;
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
 * asked for). A subscriber's time ranges start no earlier than their subscription ({@link VehicleAccess#historyStart}).
 */
@Service
class VehicleService {

    private final VehicleRepository repository;
    private final KnownVehicles known;
    private final VehicleAccess access;

    VehicleService(VehicleRepository repository, KnownVehicles known, VehicleAccess access) {
        this.repository = repository;
        this.known = known;
        this.access = access;
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
        return Optional.of(repository.findTelemetry(vin, visible(vin, range), page));
    }

    Optional<HealthHistory> healthHistory(String vin, TimeRange range, int limit) {
        if (!known.exists(vin)) {
            return Optional.empty();
        }
        // one more than asked tells whether the range held more points than the limit
        TimeRange visible = visible(vin, range);
        List<HealthPoint> newestFirst = repository.findHealthHistory(vin, visible, limit + 1);
        boolean truncated = newestFirst.size() > limit;
        List<HealthPoint> oldestFirst = new ArrayList<>(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
        Collections.reverse(oldestFirst);
        return Optional.of(new HealthHistory(vin, visible.from(), visible.to(), limit, truncated, oldestFirst));
    }

    private TimeRange visible(String vin, TimeRange range) {
        return access.historyStart(Caller.current(), vin).map(range::notBefore).orElse(range);
    }
}
