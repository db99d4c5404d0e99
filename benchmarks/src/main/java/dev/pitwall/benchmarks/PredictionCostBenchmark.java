package dev.pitwall.benchmarks;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.prediction.features.VehicleFeatureState;
import dev.pitwall.prediction.serving.ComponentPrediction;
import dev.pitwall.prediction.serving.FailurePredictor;
import dev.pitwall.prediction.training.SyntheticFleet;
import dev.pitwall.prediction.training.TrainedFixture;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the stream job's failure-prediction operator costs per message, on one thread (= one core): the feature
 * update every message pays, and a prediction (all components, with and without explanations), which a vehicle
 * pays once per prediction interval. The model is the prediction tests' small XGBoost bundle (25 trees per model).
 *
 * <p>{@code java -jar benchmarks/target/pitwall-benchmarks.jar PredictionCost}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PredictionCostBenchmark {

    private FailurePredictor predictor;
    private List<Telemetry> history;
    private String vin;
    private VehicleFeatureState warmState;
    private Instant asOf;
    private VehicleFeatureState updating;
    private int next;

    @Setup(Level.Trial)
    public void trainAndReplay() {
        predictor = FailurePredictor.of(TrainedFixture.bundle());
        SyntheticFleet fleet = SyntheticFleet.generate(3, 120, 7);
        vin = fleet.vins.get(0);
        history = fleet.telemetry.stream().filter(t -> t.vin().equals(vin)).toList();
        warmState = predictor.newState(vin);
        history.forEach(warmState::update);
        asOf = history.get(history.size() - 1).eventTime();
        startOver();
    }

    private void startOver() {
        updating = predictor.newState(vin);
        next = 0;
    }

    /** One message into a vehicle's features, replaying its history in order (and again from the start). */
    @Benchmark
    public VehicleFeatureState.UpdateResult featureUpdate() {
        if (next == history.size()) {
            startOver(); // a new state: the replay must stay in time order
        }
        return updating.update(history.get(next++));
    }

    /** Every component's probability and RUL, with the three strongest features each. */
    @Benchmark
    public List<ComponentPrediction> predictExplained() {
        return predictor.predict(warmState, asOf);
    }

    /** The same without explanations. */
    @Benchmark
    public List<ComponentPrediction> predictOnly() {
        return predictor.predict(warmState, asOf, 0);
    }

    /** The feature state's checkpoint form, written and read back (what a heap-backend snapshot pays per vehicle). */
    @Benchmark
    public VehicleFeatureState stateRoundTrip() {
        return VehicleFeatureState.fromBytes(warmState.toBytes());
    }
}
