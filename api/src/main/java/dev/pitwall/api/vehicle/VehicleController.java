package dev.pitwall.api.vehicle;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.PointLimit;
import dev.pitwall.api.web.TimeRange;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.core.health.HealthBand;
import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent against the API's limits, then asks {@link VehicleService}. */
@RestController
class VehicleController implements VehicleApi {

    private final VehicleService vehicles;
    private final ApiProperties limits;
    private final Clock clock;

    VehicleController(VehicleService vehicles, ApiProperties limits, Clock clock) {
        this.vehicles = vehicles;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Page<VehicleSummary> list(Integer page, Integer size, HealthBand band) {
        return vehicles.list(band, PageQuery.of(page, size, limits.paging()));
    }

    @Override
    public VehicleDetail get(String vin) {
        return vehicles.find(VinParameter.require(vin)).orElseThrow(() -> new VehicleNotFoundException(vin));
    }

    @Override
    public Page<TelemetryPoint> telemetry(String vin, Instant from, Instant to, Integer page, Integer size) {
        VinParameter.require(vin);
        TimeRange range = TimeRange.of(from, to, limits.telemetry(), clock.instant());
        PageQuery pageQuery = PageQuery.of(page, size, limits.paging());
        return vehicles.telemetry(vin, range, pageQuery).orElseThrow(() -> new VehicleNotFoundException(vin));
    }

    @Override
    public HealthHistory healthHistory(String vin, Instant from, Instant to, Integer limit) {
        VinParameter.require(vin);
        TimeRange range = TimeRange.of(from, to, limits.healthHistory().window(), clock.instant());
        int points = PointLimit.of(limit, limits.healthHistory().defaultLimit(), limits.healthHistory().maxLimit());
        return vehicles.healthHistory(vin, range, points).orElseThrow(() -> new VehicleNotFoundException(vin));
    }
}
