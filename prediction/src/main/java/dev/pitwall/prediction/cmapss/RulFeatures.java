package dev.pitwall.prediction.cmapss;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fitted feature pipeline: operating conditions and sensor normalisation, a health-index channel
 * beside the sensors, then trailing-window statistics of every channel.
 */
public final class RulFeatures {

    static final String HEALTH_INDEX = "hi";

    private final SensorNormaliser normaliser;
    private final HealthIndex healthIndex;
    private final TrailingWindowFeatures window;
    private final List<String> names;

    private RulFeatures(SensorNormaliser normaliser, HealthIndex healthIndex, TrailingWindowFeatures window) {
        this.normaliser = normaliser;
        this.healthIndex = healthIndex;
        this.window = window;
        List<String> channels = new ArrayList<>(normaliser.sensorNames());
        channels.add(HEALTH_INDEX);
        this.names = List.copyOf(window.names(channels));
    }

    /** Fits everything on {@code training} only, so held-out engines never leak into the features. */
    public static RulFeatures fit(List<EngineTrajectory> training, RulModelConfig config) {
        OperatingConditions conditions = OperatingConditions.fit(training);
        SensorNormaliser normaliser = SensorNormaliser.fit(training, conditions);
        RulLabelPolicy policy = config.labelPolicy();
        List<double[][]> normalised = new ArrayList<>();
        List<double[]> labels = new ArrayList<>();
        for (EngineTrajectory engine : training) {
            normalised.add(normaliser.normalise(engine));
            labels.add(engine.rows().stream().mapToDouble(r -> policy.label(engine.lastCycle() - r.cycle())).toArray());
        }
        return new RulFeatures(normaliser, HealthIndex.fit(normalised, labels),
                new TrailingWindowFeatures(config.window(), config.ewmaAlpha(), config.baselineCycles()));
    }

    public List<String> names() {
        return names;
    }

    public List<String> sensors() {
        return normaliser.sensorNames();
    }

    /** One feature vector per cycle of the engine. */
    public double[][] everyCycle(EngineTrajectory engine) {
        double[][] sensors = normaliser.normalise(engine);
        double[] index = healthIndex.apply(sensors);
        double[][] channels = new double[sensors.length][];
        for (int t = 0; t < sensors.length; t++) {
            channels[t] = Arrays.copyOf(sensors[t], sensors[t].length + 1);
            channels[t][sensors[t].length] = index[t];
        }
        int[] cycles = engine.rows().stream().mapToInt(CmapssRow::cycle).toArray();
        return window.extract(channels, cycles);
    }

    /** The feature vector at the engine's last observed cycle, the one a RUL is asked for. */
    public double[] lastCycle(EngineTrajectory engine) {
        double[][] all = everyCycle(engine);
        return all[all.length - 1];
    }
}
