package dev.pitwall.api.repurchase;

import dev.pitwall.core.profile.DrivingSegment;
import dev.pitwall.engagement.repurchase.ExpectedRepair;
import dev.pitwall.engagement.repurchase.HealthTrend;
import dev.pitwall.engagement.repurchase.RepurchaseBand;
import dev.pitwall.engagement.repurchase.RepurchaseSignals;
import dev.pitwall.engagement.repurchase.SubscriptionTerm;
import dev.pitwall.engagement.repurchase.TimingAssessment;
import dev.pitwall.engagement.repurchase.TimingContribution;
import dev.pitwall.engagement.repurchase.TimingRules;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** When to offer this vehicle's subscriber a new car, which ones, and where to test-drive them. */
@Schema(description = "The repurchase recommendation for one vehicle: the timing score with every contribution "
        + "explained, the signals it was computed from, the best-fitting models with their reasons, and the nearest "
        + "dealers for a test drive (book it with POST /api/v1/test-drives).", example = RepurchaseRecommendation.EXAMPLE)
public record RepurchaseRecommendation(
        String vin,
        @Schema(description = "The day (UTC) age and days until the subscription ends are counted from")
        LocalDate asOf,
        Timing timing,
        Signals signals,
        @Schema(description = "The best-fitting models, best first (ties by id); at most pitwall.repurchase.top-models")
        List<RecommendedModel> models,
        @Schema(description = "The nearest dealers of any brand, nearest first; empty when the vehicle's position is "
                + "unknown or none is within pitwall.repurchase.dealer-max-distance-km") List<Dealer> dealers) {

    static final String EXAMPLE = """
            {"vin": "WVWZZZAUZFW000001", "asOf": "2026-11-02",
             "timing": {"score": 88, "band": "READY", "considerFrom": 40, "readyFrom": 65, "contributions": [
               {"factor": "VEHICLE_AGE", "points": 20, "maxPoints": 20, "reason": "The car is about 11 years old (model year 2015); age counts from 3 years and in full from 8."},
               {"factor": "MILEAGE", "points": 15, "maxPoints": 15, "reason": "190,000 km on the odometer; mileage counts from 60,000 km and in full from 180,000 km."},
               {"factor": "HEALTH_LEVEL", "points": 8, "maxPoints": 10, "reason": "Health score 55 of 100; it counts below 80 and in full at 50 or less."},
               {"factor": "HEALTH_TREND", "points": 10, "maxPoints": 10, "reason": "Health fell 25 points in 30 days (from 80 to 55); a fall counts in full from 20 points."},
               {"factor": "REPAIR_COST", "points": 20, "maxPoints": 20, "reason": "The failure predictions make repairs of 1,047 EUR likely (cooling system 595 EUR, ignition 252 EUR, 12 V battery 200 EUR); this counts in full from 1,000 EUR."},
               {"factor": "SUBSCRIPTION_END", "points": 15, "maxPoints": 15, "reason": "The Comfort subscription ends in 20 days (on 2026-11-22); an end counts from 180 days ahead and in full from 30."},
               {"factor": "USAGE", "points": 0, "maxPoints": 5, "reason": "Drives 35 km a day; more wears a car faster from 40 km a day and in full from 80."},
               {"factor": "DRIVING_STYLE", "points": 0, "maxPoints": 5, "reason": "Driving score 82 of 100; a harder style wears a car faster below 70 and in full at 50 or less."}]},
             "signals": {"modelYear": 2015, "ageYears": 11, "odometerKm": 190000.0, "healthScore": 55,
               "healthChange": -25, "healthChangeDays": 30, "expectedRepairCost": 1047, "currency": "EUR",
               "expectedRepairs": [{"component": "COOLING", "probability": 0.7, "typicalCost": 850, "expectedCost": 595},
                                   {"component": "IGNITION", "probability": 0.6, "typicalCost": 420, "expectedCost": 252},
                                   {"component": "BATTERY", "probability": 0.8, "typicalCost": 250, "expectedCost": 200}],
               "kmPerDay": 35.0, "attributes": ["SHORT_TRIPS", "COMMUTER"], "drivingScore": 82, "plan": "Comfort",
               "planMonthlyPrice": 449, "subscriptionEndsOn": "2026-11-22", "daysUntilSubscriptionEnd": 20},
             "models": [{"rank": 1, "id": "vw-cityline-e", "name": "Volkswagen Cityline e", "brand": "Volkswagen",
               "bodyType": "HATCHBACK", "powertrain": "ELECTRIC", "electricRangeKm": 420, "seats": 5,
               "monthlyPrice": 479, "currency": "EUR", "segment": "COMPACT", "score": 80, "reasons": [
                 {"rule": "ELECTRIC_FOR_SHORT_TRIPS", "points": 30, "reason": "Short commuter trips of 35 km a day fit its 420 km range, charged at home or at work."},
                 {"rule": "SAME_SEGMENT", "points": 15, "reason": "The same compact size as today's Volkswagen."},
                 {"rule": "PRICE_CLOSE", "points": 15, "reason": "479 EUR a month is within 10% of today's Comfort plan (449 EUR)."},
                 {"rule": "SAME_BRAND", "points": 10, "reason": "Stays with Volkswagen, the brand of today's car."},
                 {"rule": "NO_COMBUSTION_REPAIRS", "points": 10, "reason": "It has no engine oil or ignition to repair, where 252 EUR of the expected repairs lie."}],
               "nearestDealer": {"poiId": "dl-001", "name": "Autohaus Lindner Milbertshofen", "brand": "Volkswagen",
                 "latitude": 48.18462, "longitude": 11.56876, "partner": true, "distanceKm": 0.42}}],
             "dealers": [{"poiId": "dl-001", "name": "Autohaus Lindner Milbertshofen", "brand": "Volkswagen",
               "latitude": 48.18462, "longitude": 11.56876, "partner": true, "distanceKm": 0.42}]}""";

    public RepurchaseRecommendation {
        models = List.copyOf(models);
        dealers = List.copyOf(dealers);
    }

    /** The score, its band, the band thresholds and every contribution in a fixed factor order. */
    @Schema(description = "When to make the offer: score 0-100 = the sum of the contributions' points; band READY from "
            + "readyFrom, CONSIDER from considerFrom, else NOT_YET")
    public record Timing(int score, RepurchaseBand band, int considerFrom, int readyFrom,
            List<TimingContribution> contributions) {

        public Timing {
            contributions = List.copyOf(contributions);
        }

        static Timing of(TimingAssessment assessment, TimingRules rules) {
            return new Timing(assessment.score(), assessment.band(), rules.considerFrom(), rules.readyFrom(),
                    assessment.contributions());
        }
    }

    /** The inputs of the scoring, as read; null where Pitwall does not know them yet. */
    @Schema(description = "What the scoring looked at; null where it is not known yet (no profile, no subscription, "
            + "a VIN without a readable model year, too little health history)")
    public record Signals(
            @Schema(description = "From the VIN's tenth character") Integer modelYear,
            Integer ageYears,
            Double odometerKm,
            Integer healthScore,
            @Schema(description = "Health score change over healthChangeDays, negative when it fell")
            Integer healthChange,
            Integer healthChangeDays,
            @Schema(description = "Σ probability × typical repair cost over the components' newest predictions")
            BigDecimal expectedRepairCost,
            String currency,
            List<ExpectedRepair> expectedRepairs,
            Double kmPerDay,
            List<DrivingSegment> attributes,
            Integer drivingScore,
            String plan,
            @Schema(description = "From pitwall.repurchase.plan-monthly-prices; null for a plan not listed")
            BigDecimal planMonthlyPrice,
            LocalDate subscriptionEndsOn,
            Integer daysUntilSubscriptionEnd) {

        static Signals of(RepurchaseSignals s) {
            HealthTrend trend = s.healthTrend();
            SubscriptionTerm term = s.subscription();
            return new Signals(s.modelYear(), s.ageYears(), s.odometerKm(), s.healthScore(),
                    trend == null ? null : trend.change(), trend == null ? null : trend.days(),
                    s.repairCost().total(), s.repairCost().currency(), s.repairCost().repairs(),
                    s.usage() == null ? null : s.usage().kmPerDay(),
                    s.usage() == null ? null : s.usage().attributes().stream().sorted().toList(),
                    s.usage() == null ? null : s.usage().drivingScore(),
                    term == null ? null : term.plan(), term == null ? null : term.monthlyPrice(),
                    term == null ? null : term.endsOn(), term == null ? null : term.daysUntilEnd());
        }
    }
}
