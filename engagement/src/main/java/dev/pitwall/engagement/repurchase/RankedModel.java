package dev.pitwall.engagement.repurchase;

import java.util.List;

/** A model ranked for one driver: its fit score (the sum of its reasons' points) and the reasons, most points first. */
public record RankedModel(CarModel model, int score, List<RankingReason> reasons) {

    public RankedModel {
        reasons = List.copyOf(reasons);
    }
}
