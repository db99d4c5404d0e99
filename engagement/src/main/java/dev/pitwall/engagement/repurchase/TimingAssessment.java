package dev.pitwall.engagement.repurchase;

import java.util.Comparator;
import java.util.List;

/**
 * When to offer a new car: the 0–100 propensity score, its band and every contribution, in {@link TimingFactor}
 * order; the score is the sum of the contributions' points.
 */
public record TimingAssessment(int score, RepurchaseBand band, List<TimingContribution> contributions) {

    public TimingAssessment {
        contributions = List.copyOf(contributions);
    }

    /** The contributions that earned points, most points first (ties in factor order): what drives the score. */
    public List<TimingContribution> drivers() {
        return contributions.stream().filter(c -> c.points() > 0)
                .sorted(Comparator.comparingInt(TimingContribution::points).reversed()
                        .thenComparing(TimingContribution::factor))
                .toList();
    }
}
