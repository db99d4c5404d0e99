package dev.pitwall.prediction.cmapss;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Cuts run-to-failure engines at random cycles, the way NASA made its test files: the model sees the
 * cycles up to the cut and must say how many remain. Cut points are drawn uniformly from the cycles that
 * leave at least {@code minObserved} cycles seen and at most {@code maxRemaining} to go — the ranges of
 * the published test_FD001 (31 to 303 cycles seen, 7 to 145 remaining).
 */
public record TruncationSampler(int minObserved, int maxRemaining, int cutsPerEngine, long seed) {

    public static final int DEFAULT_MIN_OBSERVED = 31;
    public static final int DEFAULT_MAX_REMAINING = 145;
    public static final int DEFAULT_CUTS_PER_ENGINE = 5;

    /** One truncated engine and how many cycles it really had left. */
    public record Cut(EngineTrajectory observed, int remainingCycles) {
    }

    public TruncationSampler {
        if (minObserved < 1) {
            throw new IllegalArgumentException("minObserved must be at least 1, was " + minObserved);
        }
        if (maxRemaining < 1) {
            throw new IllegalArgumentException("maxRemaining must be at least 1, was " + maxRemaining);
        }
        if (cutsPerEngine < 1) {
            throw new IllegalArgumentException("cutsPerEngine must be at least 1, was " + cutsPerEngine);
        }
    }

    /** Cuts for each engine; the same engines and seed always give the same cuts. */
    public List<Cut> cut(List<EngineTrajectory> engines) {
        List<Cut> cuts = new ArrayList<>();
        for (EngineTrajectory engine : engines) {
            // Seeded per unit, so an engine's cuts do not depend on which fold it lands in.
            Random random = new Random(seed * 1_000_003L + engine.unit());
            int length = engine.length();
            // At least one cycle must remain, and an engine shorter than minObserved is shown almost whole.
            int highest = length - 1;
            int lowest = Math.min(highest, Math.max(minObserved, length - maxRemaining));
            for (int i = 0; i < cutsPerEngine && highest >= 1; i++) {
                int observed = lowest + random.nextInt(highest - lowest + 1);
                EngineTrajectory prefix = engine.truncatedTo(observed);
                cuts.add(new Cut(prefix, engine.lastCycle() - prefix.lastCycle()));
            }
        }
        return cuts;
    }
}
