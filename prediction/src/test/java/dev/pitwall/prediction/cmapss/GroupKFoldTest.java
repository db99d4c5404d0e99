package dev.pitwall.prediction.cmapss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GroupKFoldTest {

    private static final Set<Integer> UNITS = IntStream.rangeClosed(1, 103).boxed().collect(Collectors.toSet());

    @Test
    void everyEngineIsInExactlyOneFold() {
        List<Set<Integer>> folds = GroupKFold.split(UNITS, 5, 42);

        assertThat(folds).hasSize(5);
        Set<Integer> seen = new HashSet<>();
        for (Set<Integer> fold : folds) {
            for (int unit : fold) {
                assertThat(seen.add(unit)).as("unit %d in two folds", unit).isTrue();
            }
        }
        assertThat(seen).isEqualTo(UNITS);
    }

    @Test
    void foldSizesDifferByAtMostOne() {
        assertThat(GroupKFold.split(UNITS, 5, 42)).extracting(Set::size).containsOnly(20, 21);
    }

    @Test
    void sameSeedSameFoldsAndAnotherSeedShuffles() {
        assertThat(GroupKFold.split(UNITS, 5, 42)).isEqualTo(GroupKFold.split(UNITS, 5, 42));
        assertThat(GroupKFold.split(UNITS, 5, 7)).isNotEqualTo(GroupKFold.split(UNITS, 5, 42));
    }

    @Test
    void rejectsMoreFoldsThanEngines() {
        assertThatThrownBy(() -> GroupKFold.split(Set.of(1, 2), 5, 1))
                .hasMessage("cannot split 2 engines into 5 folds");
    }
}
