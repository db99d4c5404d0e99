package dev.pitwall.api.prediction;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.vehicle.VehicleNotFoundException;
import dev.pitwall.api.web.PointLimit;
import dev.pitwall.api.web.TimeRange;
import dev.pitwall.api.web.VinParameter;
import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent against the API's limits, then asks {@link PredictionService}. */
@RestController
class PredictionController implements PredictionApi {

    private final PredictionService predictions;
    private final ApiProperties.Predictions limits;
    private final Clock clock;

    PredictionController(PredictionService predictions, ApiProperties properties, Clock clock) {
        this.predictions = predictions;
        this.limits = properties.predictions();
        this.clock = clock;
    }

    @Override
    public VehiclePredictions predictions(String vin, Instant from, Instant to, Integer limit) {
        VinParameter.require(vin);
        TimeRange range = TimeRange.of(from, to, limits.window(), clock.instant());
        int points = PointLimit.of(limit, limits.defaultLimit(), limits.maxLimit());
        return predictions.forVehicle(vin, range, points).orElseThrow(() -> new VehicleNotFoundException(vin));
    }
}
