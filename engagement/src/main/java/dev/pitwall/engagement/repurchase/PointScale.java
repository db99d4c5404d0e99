package dev.pitwall.engagement.repurchase;

/**
 * A measure turned into 0 to {@code maxPoints} points: none at {@code zeroAt} (or on its far side), all at
 * {@code fullAt} (or beyond), linear between, rounded to whole points. {@code fullAt} below {@code zeroAt} makes a
 * falling scale, where lower values earn points (a health score, days left).
 */
public record PointScale(double zeroAt, double fullAt, int maxPoints) {

    public PointScale {
        if (!(Double.isFinite(zeroAt) && Double.isFinite(fullAt)) || zeroAt == fullAt) {
            throw new IllegalArgumentException("scale: expected two different finite values, got zeroAt " + zeroAt
                    + " and fullAt " + fullAt);
        }
        if (maxPoints < 0 || maxPoints > 100) {
            throw new IllegalArgumentException("maxPoints: expected 0 to 100, got " + maxPoints);
        }
    }

    public int points(double value) {
        double share = (value - zeroAt) / (fullAt - zeroAt);
        return (int) Math.round(Math.max(0, Math.min(1, share)) * maxPoints);
    }
}
