package dev.pitwall.prediction.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.prediction.features.FeatureConfig;
import dev.pitwall.prediction.model.ModelBundle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One small trained bundle shared by the tests that need a model (training it takes a few seconds). */
public final class TrainedFixture {

    public static final SyntheticFleet FLEET = SyntheticFleet.generate(36, 100, 17);
    public static final TrainingConfig CONFIG = TrainingConfig.defaults().withTrees(25).withMinFailingVehicles(2);
    private static ModelBundle bundle;
    private static SnapshotDataset dataset;

    private TrainedFixture() {
    }

    public static synchronized SnapshotDataset dataset() {
        if (dataset == null) {
            dataset = SnapshotDataset.build(consumer -> {
                FLEET.telemetry.forEach(consumer);
                return FLEET.telemetry.size();
            }, FLEET.truth, FeatureConfig.defaults(), SnapshotSchedule.DAILY, CONFIG.labelPolicy());
        }
        return dataset;
    }

    public static synchronized ModelBundle bundle() {
        if (bundle == null) {
            var provenance = new ObjectMapper().createObjectNode().put("source", "SyntheticFleet(36, 100, 17)");
            bundle = new FailureModelTrainer(CONFIG, Progress.SILENT,
                    Clock.fixed(Instant.parse("2026-11-23T10:15:00Z"), ZoneOffset.UTC)).train(dataset(), provenance);
        }
        return bundle;
    }
}
