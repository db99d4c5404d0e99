package dev.pitwall.api.repurchase;

import dev.pitwall.engagement.repurchase.RankedModel;
import dev.pitwall.engagement.repurchase.RepurchaseBand;
import dev.pitwall.engagement.repurchase.TimingAssessment;
import dev.pitwall.engagement.repurchase.TimingContribution;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** A subscribed vehicle in the list marketers and advisors work from: its timing and the model that fits best. */
@Schema(description = "A subscribed vehicle ranked by its repurchase timing score; the full recommendation is GET "
        + "/api/v1/vehicles/{vin}/repurchase-recommendation.", example = RepurchaseCandidate.EXAMPLE)
public record RepurchaseCandidate(
        String vin,
        @Schema(description = "Timing score 0-100") int score,
        RepurchaseBand band,
        @Schema(description = "The contributions that earned points, most points first") List<TimingContribution>
        drivers,
        String plan,
        LocalDate subscriptionEndsOn,
        @Schema(description = "The best-fitting model of the catalog") TopModel topModel) {

    static final String EXAMPLE = """
            {"vin": "WVWZZZAUZFW000001", "score": 88, "band": "READY", "drivers": [
              {"factor": "VEHICLE_AGE", "points": 20, "maxPoints": 20, "reason": "The car is about 11 years old (model year 2015); age counts from 3 years and in full from 8."},
              {"factor": "REPAIR_COST", "points": 20, "maxPoints": 20, "reason": "The failure predictions make repairs of 1,047 EUR likely (cooling system 595 EUR, ignition 252 EUR, 12 V battery 200 EUR); this counts in full from 1,000 EUR."}],
             "plan": "Comfort", "subscriptionEndsOn": "2026-11-22",
             "topModel": {"id": "vw-cityline-e", "name": "Volkswagen Cityline e", "score": 80}}""";

    public RepurchaseCandidate {
        drivers = List.copyOf(drivers);
    }

    static RepurchaseCandidate of(String vin, TimingAssessment timing, String plan, LocalDate endsOn, RankedModel best) {
        return new RepurchaseCandidate(vin, timing.score(), timing.band(), timing.drivers(), plan, endsOn,
                new TopModel(best.model().id(), best.model().name(), best.score()));
    }

    /** The best-fitting model: its catalog id, name and fit score. */
    public record TopModel(String id, String name, int score) {
    }
}
