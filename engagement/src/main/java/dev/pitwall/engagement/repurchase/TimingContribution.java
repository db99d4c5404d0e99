package dev.pitwall.engagement.repurchase;

/**
 * One factor's share of the timing score: its points out of at most {@code maxPoints}, and one sentence saying why
 * that a service advisor can read out (also when it earns nothing: "No failure predictions yet").
 */
public record TimingContribution(TimingFactor factor, int points, int maxPoints, String reason) {
}
