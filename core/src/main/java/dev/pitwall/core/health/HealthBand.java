package dev.pitwall.core.health;

/** Coarse grouping of health scores, used for filtering fleets and for colour in the UI. */
public enum HealthBand {
    GOOD(80), FAIR(60), POOR(40), CRITICAL(0);

    private final int minimumScore;

    HealthBand(int minimumScore) {
        this.minimumScore = minimumScore;
    }

    public int minimumScore() {
        return minimumScore;
    }

    /** The lowest score above this band, i.e. the exclusive upper bound (101 for GOOD). */
    public int upperBoundExclusive() {
        return this == GOOD ? 101 : values()[ordinal() - 1].minimumScore;
    }

    public static HealthBand of(int score) {
        for (HealthBand band : values()) {
            if (score >= band.minimumScore) {
                return band;
            }
        }
        return CRITICAL;
    }
}
