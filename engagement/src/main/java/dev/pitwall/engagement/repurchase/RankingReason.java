package dev.pitwall.engagement.repurchase;

/** Why a model fits (positive points) or does not (negative), in one sentence. */
public record RankingReason(FitRule rule, int points, String reason) {
}
