package dev.pitwall.prediction.training;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.prediction.features.FeatureConfig;
import dev.pitwall.prediction.features.FeatureLayout;
import dev.pitwall.prediction.features.FleetBaselines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Daily feature snapshots of a fleet with their labels per component: the table models are trained and evaluated
 * on. Rows hold raw features until {@link #applyBaselines} fills the fleet-baseline deviations.
 */
public final class SnapshotDataset {

    /** Something that feeds telemetry messages to a consumer and says how many it fed. */
    @FunctionalInterface
    public interface TelemetrySource {
        long forEach(Consumer<Telemetry> consumer);
    }

    /** What went in: for provenance and the report. */
    public record Summary(long messages, int vehicles, Instant firstEvent, Instant lastEvent, int snapshots) {
        public double days() {
            return firstEvent == null ? 0 : (lastEvent.toEpochMilli() - firstEvent.toEpochMilli()) / 86_400_000.0;
        }
    }

    private final FeatureConfig config;
    private final FeatureLayout layout;
    private final List<String> vins;
    private final List<String> modelKeys;
    private final long[] times;
    private final List<double[]> rows;
    private final Map<Component, byte[]> labels;
    private final Map<Component, double[]> rul;
    private final GroundTruthIndex truth;
    private final Map<String, Long> dataEnd;
    private final Summary summary;

    private SnapshotDataset(FeatureConfig config, List<String> vins, List<String> modelKeys, long[] times,
            List<double[]> rows, Map<Component, byte[]> labels, Map<Component, double[]> rul, GroundTruthIndex truth,
            Map<String, Long> dataEnd, Summary summary) {
        this.config = config;
        this.layout = config.layout();
        this.vins = vins;
        this.modelKeys = modelKeys;
        this.times = times;
        this.rows = rows;
        this.labels = labels;
        this.rul = rul;
        this.truth = truth;
        this.dataEnd = dataEnd;
        this.summary = summary;
    }

    /** Reads a history directory: telemetry replayed into features, ground truth into labels. */
    public static SnapshotDataset build(HistoryDirectory history, FeatureConfig config, SnapshotSchedule schedule,
            LabelPolicy policy, Progress progress) {
        List<GroundTruthEvent> events = GroundTruthCsv.read(history.groundTruth());
        return build(consumer -> TelemetryFile.forEach(history.telemetry(), consumer, progress), events, config,
                schedule, policy);
    }

    public static SnapshotDataset build(TelemetrySource telemetry, List<GroundTruthEvent> events, FeatureConfig config,
            SnapshotSchedule schedule, LabelPolicy policy) {
        List<String> vins = new ArrayList<>();
        List<String> modelKeys = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        FeatureReplay replay = new FeatureReplay(config, schedule, (vin, modelKey, asOf, features) -> {
            vins.add(vin);
            modelKeys.add(modelKey);
            times.add(asOf.toEpochMilli());
            rows.add(features.toArray());
        });
        Map<String, Long> dataEnd = new HashMap<>();
        long[] span = {Long.MAX_VALUE, Long.MIN_VALUE};
        long messages = telemetry.forEach(t -> {
            replay.accept(t);
            long time = t.eventTime().toEpochMilli();
            dataEnd.merge(t.vin(), time, Math::max);
            span[0] = Math.min(span[0], time);
            span[1] = Math.max(span[1], time);
        });
        replay.finish();
        GroundTruthIndex truth = new GroundTruthIndex(events);
        long[] timeArray = times.stream().mapToLong(Long::longValue).toArray();
        Map<Component, byte[]> labels = new EnumMap<>(Component.class);
        Map<Component, double[]> rul = new EnumMap<>(Component.class);
        for (Component c : Component.values()) {
            byte[] l = new byte[rows.size()];
            double[] r = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                LabelPolicy.Label label = policy.label(truth.events(vins.get(i), c), timeArray[i], dataEnd.get(vins.get(i)));
                l[i] = label.horizonLabel();
                r[i] = label.rulDays();
            }
            labels.put(c, l);
            rul.put(c, r);
        }
        Summary summary = new Summary(messages, dataEnd.size(),
                messages == 0 ? null : Instant.ofEpochMilli(span[0]), messages == 0 ? null : Instant.ofEpochMilli(span[1]),
                rows.size());
        return new SnapshotDataset(config, vins, modelKeys, timeArray, rows, labels, rul, truth, dataEnd, summary);
    }

    public FeatureConfig featureConfig() {
        return config;
    }

    public FeatureLayout layout() {
        return layout;
    }

    public int size() {
        return rows.size();
    }

    public String vin(int row) {
        return vins.get(row);
    }

    public String modelKey(int row) {
        return modelKeys.get(row);
    }

    public long timeMillis(int row) {
        return times[row];
    }

    /** The feature values of a row (the array itself: don't modify). */
    public double[] row(int row) {
        return rows.get(row);
    }

    /** One of {@link LabelPolicy#FAILS}, {@code SURVIVES}, {@code CENSORED}, {@code INELIGIBLE}. */
    public byte label(Component component, int row) {
        return labels.get(component)[row];
    }

    /** Capped days to failure, NaN when unusable (see {@link LabelPolicy}). */
    public double rulDays(Component component, int row) {
        return rul.get(component)[row];
    }

    public GroundTruthIndex truth() {
        return truth;
    }

    /** Epoch ms of a vehicle's last telemetry. */
    public long dataEnd(String vin) {
        return dataEnd.getOrDefault(vin, Long.MIN_VALUE);
    }

    public Summary summary() {
        return summary;
    }

    /** The distinct VINs, in order of first appearance. */
    public List<String> vehicles() {
        return vins.stream().distinct().toList();
    }

    /** Fills the baseline-deviation features of every row (the same call the serving path makes per vehicle). */
    public void applyBaselines(FleetBaselines baselines) {
        for (int i = 0; i < rows.size(); i++) {
            baselines.applyTo(layout, modelKeys.get(i), rows.get(i));
        }
    }

    /** Rows whose vehicle is in {@code vehicles}. */
    public int[] rowsOf(java.util.Set<String> vehicles) {
        return java.util.stream.IntStream.range(0, rows.size()).filter(i -> vehicles.contains(vins.get(i))).toArray();
    }

    /** Number of rows per horizon label for a component: {fails, survives, censored, ineligible}. */
    public int[] labelCounts(Component component, int[] subset) {
        int[] counts = new int[4];
        byte[] l = labels.get(component);
        for (int i : subset) {
            counts[l[i] == LabelPolicy.FAILS ? 0 : l[i] == LabelPolicy.SURVIVES ? 1 : l[i] == LabelPolicy.CENSORED ? 2 : 3]++;
        }
        return counts;
    }

    @Override
    public String toString() {
        return "SnapshotDataset[" + summary + ", " + layout.size() + " features]";
    }
}
