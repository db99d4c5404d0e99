package dev.pitwall.core.profile;

/**
 * A vehicle's driving-style scores over the profile's window, each 0–100, higher is better except the night share;
 * all {@code null} until the window holds {@code minScoredKm} km. Formulas in docs/driving-profiles.md.
 *
 * @param overall         0.45 × smoothness + 0.35 × speed discipline + 0.2 × (100 − night driving %)
 * @param smoothness      100 − 10 × harsh events (braking + acceleration) per 100 km, at least 0
 * @param speedDiscipline 100 − 500 × share of driving time above the speeding threshold, at least 0
 * @param nightDrivingPct share of km driven at night, in percent (an attribute, not a judgement)
 */
public record DrivingScores(Integer overall, Integer smoothness, Integer speedDiscipline, Integer nightDrivingPct) {

    public static final DrivingScores NOT_ENOUGH_DATA = new DrivingScores(null, null, null, null);

    public boolean scored() {
        return overall != null;
    }
}
