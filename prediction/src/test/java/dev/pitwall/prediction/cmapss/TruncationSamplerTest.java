package dev.pitwall.prediction.cmapss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TruncationSamplerTest {

    private final List<EngineTrajectory> fleet = SyntheticFleet.engines(30, 3);

    @Test
    void cutsLeaveEnoughCyclesSeenAndNotTooManyToGo() {
        List<TruncationSampler.Cut> cuts = new TruncationSampler(31, 145, 4, 9).cut(fleet);

        assertThat(cuts).hasSize(30 * 4);
        for (TruncationSampler.Cut cut : cuts) {
            EngineTrajectory whole = fleet.get(cut.observed().unit() - 1);
            assertThat(cut.observed().length()).isGreaterThanOrEqualTo(31).isLessThan(whole.length());
            assertThat(cut.remainingCycles()).isBetween(1, 145)
                    .isEqualTo(whole.lastCycle() - cut.observed().lastCycle());
            assertThat(cut.observed().rows()).isEqualTo(whole.rows().subList(0, cut.observed().length()));
        }
    }

    @Test
    void sameSeedSameCutsWhicheverEnginesComeAlong() {
        TruncationSampler sampler = new TruncationSampler(31, 145, 3, 9);

        List<Integer> alone = sampler.cut(fleet.subList(5, 6)).stream().map(c -> c.remainingCycles()).toList();
        List<Integer> withOthers = sampler.cut(fleet).stream().filter(c -> c.observed().unit() == 6)
                .map(c -> c.remainingCycles()).toList();

        assertThat(withOthers).isEqualTo(alone);
        assertThat(new TruncationSampler(31, 145, 3, 10).cut(fleet).stream().map(c -> c.remainingCycles()).toList())
                .isNotEqualTo(sampler.cut(fleet).stream().map(c -> c.remainingCycles()).toList());
    }
}
