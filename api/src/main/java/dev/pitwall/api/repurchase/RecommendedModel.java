package dev.pitwall.api.repurchase;

import dev.pitwall.engagement.repurchase.BodyType;
import dev.pitwall.engagement.repurchase.CarModel;
import dev.pitwall.engagement.repurchase.MarketSegment;
import dev.pitwall.engagement.repurchase.Powertrain;
import dev.pitwall.engagement.repurchase.RankedModel;
import dev.pitwall.engagement.repurchase.RankingReason;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** A catalog model ranked for this vehicle's driver, with the reasons and the nearest dealer of its brand. */
@Schema(description = "A model from the model catalog, ranked for this driver: score is the sum of the reasons' "
        + "points (the rules are in docs/repurchase.md).")
public record RecommendedModel(
        @Schema(description = "1 for the best fit") int rank,
        @Schema(description = "The model's id in the catalog") String id,
        String name,
        String brand,
        BodyType bodyType,
        Powertrain powertrain,
        @Schema(description = "km on a full battery; 0 for PETROL, DIESEL and HYBRID") int electricRangeKm,
        int seats,
        @Schema(description = "Subscription price per month") BigDecimal monthlyPrice,
        @Schema(description = "ISO 4217 code of monthlyPrice") String currency,
        MarketSegment segment,
        @Schema(description = "Fit points: higher fits better; negative when a rule speaks against it") int score,
        @Schema(description = "Why it fits (positive points) or not (negative), most points first") List<RankingReason>
        reasons,
        @Schema(description = "The nearest dealer of the model's brand for a test drive; null when none is within "
                + "pitwall.repurchase.dealer-max-distance-km or the vehicle's position is unknown")
        Dealer nearestDealer) {

    public RecommendedModel {
        reasons = List.copyOf(reasons);
    }

    static RecommendedModel of(int rank, RankedModel ranked, String currency, Dealer nearestDealer) {
        CarModel m = ranked.model();
        return new RecommendedModel(rank, m.id(), m.name(), m.brand(), m.bodyType(), m.powertrain(),
                m.electricRangeKm(), m.seats(), m.monthlyPrice(), currency, m.segment(), ranked.score(),
                ranked.reasons(), nearestDealer);
    }
}
