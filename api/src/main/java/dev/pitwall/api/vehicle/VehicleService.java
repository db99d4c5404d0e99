package dev.pitwall.api.vehicle;

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
 * Fleet and vehicle reads for operators and service advisors. Takes validated queries; an empty result
 * means the vehicle is unknown (as opposed to known but quiet in the range asked for).
 */
@Service
class VehicleService {

    private final VehicleRepository repository;

    VehicleService(VehicleRepository repository) {
        this.repository = repository;
    }

    Page<VehicleSummary> list(HealthBand band, PageQuery page) {
        return repository.findPage(band, page);
    }

    Optional<VehicleDetail> find(String vin) {
        return repository.findByVin(vin);
    }

    Optional<Page<TelemetryPoint>> telemetry(String vin, TimeRange range, PageQuery page) {
        if (!repository.exists(vin)) {
            return Optional.empty();
        }
        return Optional.of(repository.findTelemetry(vin, range, page));
    }

    Optional<HealthHistory> healthHistory(String vin, TimeRange range, int limit) {
        if (!repository.exists(vin)) {
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
