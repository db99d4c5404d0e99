package dev.pitwall.prediction.cmapss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

class SensorNormaliserTest {

    @Test
    void dropsTheSensorsThatAreFlatOrOnlyToggleAsInFd001() {
        List<EngineTrajectory> fleet = SyntheticFleet.engines(5, 1);

        SensorNormaliser normaliser = SensorNormaliser.fit(fleet, OperatingConditions.fit(fleet));

        assertThat(normaliser.sensorNames()).containsExactly("s2", "s3", "s4", "s7", "s8", "s9", "s11", "s12",
                "s13", "s14", "s15", "s17", "s20", "s21");
        assertThat(normaliser.normalise(fleet.get(0))[0]).hasSize(14);
    }

    @Test
    void zScoresEachSensorWithinItsOperatingCondition() {
        EngineTrajectory engine = OperatingConditionsTest.engineFlying(OperatingConditionsTest.SIX, 1200,
                new Random(3));
        OperatingConditions conditions = OperatingConditions.fit(List.of(engine));

        double[][] normalised = SensorNormaliser.fit(List.of(engine), conditions).normalise(engine);

        // Raw readings sit 100 apart between conditions; normalised, every condition is centred on 0 with sd 1.
        for (int condition = 0; condition < 6; condition++) {
            SummaryStatistics s1 = new SummaryStatistics();
            for (int t = condition; t < normalised.length; t += 6) {
                s1.addValue(normalised[t][0]);
            }
            assertThat(s1.getMean()).isCloseTo(0, within(1e-9));
            assertThat(s1.getStandardDeviation()).isCloseTo(1, within(1e-9));
        }
    }
}
