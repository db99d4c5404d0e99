package dev.pitwall.prediction.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.prediction.model.BatchScorer;
import dev.pitwall.prediction.model.ComponentModels;
import dev.pitwall.prediction.model.ModelBundle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureModelTrainerTest {

    @Test
    void trainsTheComponentThatFailsAndSkipsTheOthersWithAReason() {
        ModelBundle bundle = TrainedFixture.bundle();

        assertThat(bundle.components()).containsOnlyKeys(Component.BATTERY);
        assertThat(bundle.skipped()).containsKeys(Component.BRAKE_PADS, Component.TIRES, Component.ENGINE_OIL,
                Component.COOLING, Component.IGNITION);
        assertThat(bundle.skipped().get(Component.TIRES)).contains("failures on 0 fitting");
        assertThat(bundle.version()).startsWith("pitwall-model-20261123T101500Z-");
        assertThat(bundle.provenance().at("/calibrationMetrics/BATTERY/boosted/averagePrecision").asDouble()).isPositive();
    }

    @Test
    void degradingBatteriesGetHigherProbabilitiesThanHealthyOnes() {
        ModelBundle bundle = TrainedFixture.bundle();
        SnapshotDataset data = TrainedFixture.dataset();
        ComponentModels battery = bundle.components().get(Component.BATTERY);
        List<double[]> failing = new ArrayList<>();
        List<double[]> healthy = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            byte label = data.label(Component.BATTERY, i);
            boolean degrades = TrainedFixture.FLEET.failures.containsKey(data.vin(i));
            if (label == LabelPolicy.FAILS) {
                failing.add(data.row(i));
            } else if (label == LabelPolicy.SURVIVES && !degrades) {
                healthy.add(data.row(i));
            }
        }
        double failingMean = mean(BatchScorer.calibrated(
                BatchScorer.failProbabilities(battery.boosted(), data.layout(), failing), battery.boostedCalibrator()));
        double healthyMean = mean(BatchScorer.calibrated(
                BatchScorer.failProbabilities(battery.boosted(), data.layout(), healthy), battery.boostedCalibrator()));

        assertThat(failing).isNotEmpty();
        assertThat(failingMean).isGreaterThan(0.5);
        assertThat(healthyMean).isLessThan(0.05);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
