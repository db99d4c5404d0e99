package dev.pitwall.prediction.cmapss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OperatingConditionsTest {

    static final double[][] SIX = SyntheticFleet.SIX_CONDITIONS;

    @Test
    void findsTheSixConditionsOfAMultiConditionFile() {
        EngineTrajectory engine = engineFlying(SIX, 600, new Random(1));

        OperatingConditions conditions = OperatingConditions.fit(List.of(engine));

        assertThat(conditions.count()).isEqualTo(6);
        // Rows flown at one condition all land in the same cluster, and different conditions in different ones.
        for (int i = 0; i < 12; i++) {
            CmapssRow row = engine.rows().get(i);
            CmapssRow sameCondition = engine.rows().get(i + SIX.length);
            assertThat(conditions.conditionOf(sameCondition)).isEqualTo(conditions.conditionOf(row));
        }
        assertThat(engine.rows().subList(0, 6)).extracting(conditions::conditionOf).doesNotHaveDuplicates();
    }

    @Test
    void singleConditionNoiseIsOneCondition() {
        List<EngineTrajectory> fd001Like = SyntheticFleet.engines(3, 2);

        assertThat(OperatingConditions.fit(fd001Like).count()).isEqualTo(1);
    }

    @Test
    void continuousSettingsFallBackToOneCondition() {
        Random random = new Random(5);
        double[][] spread = new double[200][];
        for (int i = 0; i < spread.length; i++) {
            spread[i] = new double[] {random.nextDouble() * 40, random.nextDouble(), 60 + random.nextDouble() * 40};
        }

        assertThat(OperatingConditions.fit(List.of(engineFlying(spread, 200, random))).count()).isEqualTo(1);
    }

    static EngineTrajectory engineFlying(double[][] conditions, int cycles, Random random) {
        List<CmapssRow> rows = new ArrayList<>();
        for (int t = 0; t < cycles; t++) {
            double[] centre = conditions[t % conditions.length];
            double[] settings = {centre[0] + random.nextGaussian() * 0.003, centre[1] + random.nextGaussian() * 0.0003,
                    centre[2]};
            double[] sensors = new double[CmapssRow.SENSORS];
            for (int s = 0; s < sensors.length; s++) {
                // Readings depend mostly on the condition, a little on noise.
                sensors[s] = 100 * (t % conditions.length) + s + random.nextGaussian();
            }
            rows.add(new CmapssRow(1, t + 1, settings, sensors));
        }
        return new EngineTrajectory(1, rows);
    }
}
