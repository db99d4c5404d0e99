package dev.pitwall.prediction.serving;

import dev.pitwall.core.maintenance.FailurePrediction.FeatureContribution;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.prediction.features.VehicleFeatureState;
import dev.pitwall.prediction.model.BatchScorer;
import dev.pitwall.prediction.model.ComponentModels;
import dev.pitwall.prediction.model.ModelBundle;
import dev.pitwall.prediction.model.ModelBundleException;
import dev.pitwall.prediction.training.SnapshotDataset;
import dev.pitwall.prediction.training.SyntheticFleet;
import dev.pitwall.prediction.training.TrainedFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailurePredictorTest {

    @TempDir
    Path dir;

    /** Vehicle states fed from the fleet's telemetry up to {@code until}. */
    private static List<VehicleFeatureState> statesUpTo(FailurePredictor predictor, SyntheticFleet fleet, Instant until) {
        List<VehicleFeatureState> states = new ArrayList<>();
        for (String vin : fleet.vins) {
            VehicleFeatureState state = predictor.newState(vin);
            for (Telemetry t : fleet.telemetry) {
                if (t.vin().equals(vin) && !t.eventTime().isAfter(until)) {
                    state.update(t);
                }
            }
            states.add(state);
        }
        return states;
    }

    @Test
    void savedAndLoadedBundlePredictsHigherFailureProbabilityForDegradingBatteries() throws Exception {
        Path file = dir.resolve("pitwall-model.zip");
        TrainedFixture.bundle().save(file);
        FailurePredictor predictor = FailurePredictor.load(file);

        // a fresh fleet from another seed: vehicles the model has never seen
        SyntheticFleet fleet = SyntheticFleet.generate(9, 100, 99);
        double degrading = 0;
        double healthy = 0;
        int degradingCount = 0;
        int healthyCount = 0;
        for (String vin : fleet.vins) {
            Instant failure = fleet.failures.get(vin);
            Instant asOf = failure == null ? SyntheticFleet.START.plus(Duration.ofDays(60)) : failure.minus(Duration.ofDays(5));
            VehicleFeatureState state = predictor.newState(vin);
            fleet.telemetry.stream().filter(t -> t.vin().equals(vin) && !t.eventTime().isAfter(asOf)).forEach(state::update);
            ComponentPrediction battery = predictor.predict(state, asOf).get(0);
            assertThat(battery.component()).isEqualTo(Component.BATTERY);
            assertThat(battery.probability()).isBetween(0.0, 1.0);
            if (failure == null) {
                healthy += battery.probability();
                healthyCount++;
            } else {
                degrading += battery.probability();
                degradingCount++;
                assertThat(battery.alarm()).isTrue();
                assertThat(battery.topFeatures()).isNotEmpty();
                assertThat(battery.topFeatures().get(0).feature()).startsWith("battery_voltage.");
                assertThat(battery.expectedRulDays()).isBetween(0.0, 30.0);
            }
        }
        assertThat(degrading / degradingCount).isGreaterThan(0.5).isGreaterThan(5 * healthy / healthyCount);
        assertThat(predictor.version()).isEqualTo(TrainedFixture.bundle().version());
    }

    @Test
    void directBoosterPathGivesTribuosProbabilities() {
        FailurePredictor predictor = FailurePredictor.of(TrainedFixture.bundle());
        ComponentModels battery = TrainedFixture.bundle().components().get(Component.BATTERY);
        SnapshotDataset data = TrainedFixture.dataset();
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < data.size(); i += 7) {
            rows.add(data.row(i));
        }
        double[] tribuo = BatchScorer.calibrated(BatchScorer.failProbabilities(battery.boosted(), data.layout(), rows),
                battery.boostedCalibrator());
        double[] rul = BatchScorer.regress(battery.rul(), data.layout(), rows);

        for (int k = 0; k < rows.size(); k++) {
            ComponentPrediction p = predictor.predict(rows.get(k), 0).get(0);
            assertThat(p.probability()).as("row %d", k).isCloseTo(tribuo[k], within(1e-6));
            assertThat(p.expectedRulDays()).isCloseTo(Math.max(0, Math.min(60, rul[k])), within(1e-4));
        }
    }

    @Test
    void contributionsAddUpToTheModelsLogOdds() {
        FailurePredictor predictor = FailurePredictor.of(TrainedFixture.bundle());
        SnapshotDataset data = TrainedFixture.dataset();
        double[] row = data.row(data.size() / 2);
        ComponentPrediction all = predictor.predict(row, Integer.MAX_VALUE).get(0);
        ComponentModels battery = TrainedFixture.bundle().components().get(Component.BATTERY);
        double raw = BatchScorer.failProbabilities(battery.boosted(), data.layout(), List.of(row))[0];

        double sum = all.topFeatures().stream().mapToDouble(FeatureContribution::contribution).sum();
        // features plus the bias term give the raw log-odds; the bias is the same for every vehicle
        double bias = Math.log(raw / (1 - raw)) - sum;
        double[] other = data.row(3);
        ComponentPrediction second = predictor.predict(other, Integer.MAX_VALUE).get(0);
        double raw2 = BatchScorer.failProbabilities(battery.boosted(), data.layout(), List.of(other))[0];
        double sum2 = second.topFeatures().stream().mapToDouble(FeatureContribution::contribution).sum();
        assertThat(Math.log(raw2 / (1 - raw2)) - sum2).isCloseTo(bias, within(1e-3));
    }

    @Test
    void concurrentPredictionsAgreeWithSequentialOnes() throws Exception {
        FailurePredictor predictor = FailurePredictor.of(TrainedFixture.bundle());
        List<VehicleFeatureState> states = statesUpTo(predictor, TrainedFixture.FLEET,
                SyntheticFleet.START.plus(Duration.ofDays(50)));
        Instant asOf = SyntheticFleet.START.plus(Duration.ofDays(50));
        List<List<ComponentPrediction>> sequential = new ArrayList<>();
        for (VehicleFeatureState s : states) {
            sequential.add(predictor.predict(s, asOf));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ComponentPrediction>>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (VehicleFeatureState s : states) {
                    // states are not thread-safe: each task predicts from its own copy
                    VehicleFeatureState copy = VehicleFeatureState.fromBytes(s.toBytes(), s.config());
                    futures.add(pool.submit(() -> predictor.predict(copy, asOf)));
                }
            }
            for (int k = 0; k < futures.size(); k++) {
                assertThat(futures.get(k).get()).isEqualTo(sequential.get(k % states.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void loadingAMissingOrBrokenFileNamesIt() throws Exception {
        Path missing = dir.resolve("nope.zip");
        assertThatThrownBy(() -> FailurePredictor.load(missing)).isInstanceOf(ModelBundleException.class)
                .hasMessageContaining(missing.toString());
        Path broken = Files.writeString(dir.resolve("broken.zip"), "not a zip");
        assertThatThrownBy(() -> FailurePredictor.load(broken)).isInstanceOf(ModelBundleException.class)
                .hasMessageContaining("broken.zip").hasMessageContaining("not a readable Pitwall model bundle");
    }

    @Test
    void bundleRoundTripKeepsEverythingThePredictorNeeds() throws Exception {
        Path file = dir.resolve("b.zip");
        ModelBundle original = TrainedFixture.bundle();
        original.save(file);
        ModelBundle loaded = ModelBundle.load(file);

        assertThat(loaded.version()).isEqualTo(original.version());
        assertThat(loaded.featureConfig()).isEqualTo(original.featureConfig());
        assertThat(loaded.baselines().sourceNames()).isEqualTo(original.baselines().sourceNames());
        assertThat(loaded.components().get(Component.BATTERY).boostedThreshold())
                .isEqualTo(original.components().get(Component.BATTERY).boostedThreshold());
        assertThat(loaded.components().get(Component.BATTERY).boostedCalibrator())
                .isEqualTo(original.components().get(Component.BATTERY).boostedCalibrator());
        assertThat(loaded.skipped()).isEqualTo(original.skipped());
        assertThat(loaded.provenance().at("/data/source").asText()).isEqualTo("SyntheticFleet(36, 100, 17)");
        SnapshotDataset data = TrainedFixture.dataset();
        double[] row = data.row(100);
        assertThat(FailurePredictor.of(loaded).predict(row, 3)).isEqualTo(FailurePredictor.of(original).predict(row, 3));
    }
}
