package dev.pitwall.prediction.cmapss;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits engines (not rows) into folds, so no engine's cycles are in both the training and the held-out
 * part: neighbouring cycles of one engine are nearly identical and would make the score look too good.
 */
public final class GroupKFold {

    private GroupKFold() {
    }

    /** The units of each fold: every unit in exactly one fold, fold sizes differing by at most one. */
    public static List<Set<Integer>> split(Set<Integer> units, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + folds);
        }
        if (units.size() < folds) {
            throw new IllegalArgumentException("cannot split " + units.size() + " engines into " + folds + " folds");
        }
        List<Integer> shuffled = new ArrayList<>(new TreeSet<>(units));
        Collections.shuffle(shuffled, new Random(seed));
        List<Set<Integer>> result = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            result.add(new TreeSet<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            result.get(i % folds).add(shuffled.get(i));
        }
        return result;
    }
}
