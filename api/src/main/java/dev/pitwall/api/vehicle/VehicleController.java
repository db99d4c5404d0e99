package dev.pitwall.api.vehicle;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.TimeRange;
import dev.pitwall.core.health.HealthBand;
import dev.pitwall.core.vehicle.Vin;
import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent against the API's limits, then asks {@link VehicleService}. */
@RestController
class VehicleController implements VehicleApi {

    static final String VIN_EXPECTED = "17 characters: digits and capital letters except I, O and Q";

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
        return vehicles.find(requireVin(vin)).orElseThrow(() -> new VehicleNotFoundException(vin));
    }

    @Override
    public Page<TelemetryPoint> telemetry(String vin, Instant from, Instant to, Integer page, Integer size) {
        requireVin(vin);
        TimeRange range = TimeRange.of(from, to, limits.telemetry(), clock.instant());
        PageQuery pageQuery = PageQuery.of(page, size, limits.paging());
        return vehicles.telemetry(vin, range, pageQuery).orElseThrow(() -> new VehicleNotFoundException(vin));
    }

    @Override
    public HealthHistory healthHistory(String vin, Instant from, Instant to, Integer limit) {
        requireVin(vin);
        TimeRange range = TimeRange.of(from, to, limits.healthHistory().window(), clock.instant());
        int max = limits.healthHistory().maxLimit();
        int points = limit == null ? limits.healthHistory().defaultLimit() : limit;
        if (points < 1 || points > max) {
            throw new InvalidParameterException("limit", "an integer from 1 to " + max, points);
        }
        return vehicles.healthHistory(vin, range, points).orElseThrow(() -> new VehicleNotFoundException(vin));
    }

    private static String requireVin(String vin) {
        if (!Vin.isValid(vin)) {
            throw new InvalidParameterException("vin", VIN_EXPECTED, vin);
        }
        return vin;
    }
}
