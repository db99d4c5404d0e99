package dev.pitwall.api.prediction;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.vehicle.KnownVehicles;
import dev.pitwall.api.web.TimeRange;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.maintenance.FailurePrediction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A vehicle's failure predictions as a service advisor reads them: each component's newest prediction,
 * explained and rated, with its recent trend; the likeliest failure first. Takes validated queries; an empty
 * result means the vehicle is unknown (as opposed to known but not predicted yet).
 */
@Service
class PredictionService {

    private static final Comparator<FailurePrediction> NEWEST_FIRST = Comparator
            .comparing(FailurePrediction::eventTime).thenComparingLong(FailurePrediction::seq).reversed();
    private static final Comparator<FailurePrediction> LIKELIEST_FIRST = Comparator
            .comparingDouble(FailurePrediction::probability).reversed().thenComparing(FailurePrediction::component);

    private final PredictionRepository repository;
    private final KnownVehicles vehicles;
    private final ApiProperties.PredictionRisk risk;

    PredictionService(PredictionRepository repository, KnownVehicles vehicles, ApiProperties properties) {
        this.repository = repository;
        this.vehicles = vehicles;
        this.risk = properties.predictions().risk();
    }

    Optional<VehiclePredictions> forVehicle(String vin, TimeRange range, int limit) {
        if (!vehicles.exists(vin)) {
            return Optional.empty();
        }
        List<FailurePrediction> current = repository.findCurrent(vin);
        List<Component> predicted = current.stream().map(FailurePrediction::component).toList();
        // one more than asked tells whether the range held more points than the limit
        Map<Component, List<PredictionPoint>> trends = repository.findTrends(vin, predicted, range, limit + 1);
        List<ComponentPrediction> components = current.stream()
                .sorted(LIKELIEST_FIRST)
                .map(p -> component(p, trends.getOrDefault(p.component(), List.of()), limit))
                .toList();
        String newestModel = current.stream().sorted(NEWEST_FIRST).map(FailurePrediction::modelVersion)
                .findFirst().orElse(null);
        return Optional.of(new VehiclePredictions(vin, range.from(), range.to(), limit, newestModel, components));
    }

    private ComponentPrediction component(FailurePrediction p, List<PredictionPoint> newestFirst, int limit) {
        List<PredictionPoint> oldestFirst = new ArrayList<>(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
        Collections.reverse(oldestFirst);
        CurrentPrediction current = new CurrentPrediction(p.seq(), p.eventTime(), p.probability(), p.horizonDays(),
                p.expectedRulDays(), FailureRisk.of(p.probability(), risk), p.modelVersion(), p.topFeatures(),
                PredictionSummary.of(p));
        return new ComponentPrediction(p.component(), p.component().displayName(), current, oldestFirst,
                newestFirst.size() > limit);
    }
}
