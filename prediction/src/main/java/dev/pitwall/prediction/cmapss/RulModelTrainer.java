package dev.pitwall.prediction.cmapss;

import java.util.List;
import java.util.Locale;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.common.xgboost.XGBoostTrainer.BoosterType;
import org.tribuo.common.xgboost.XGBoostTrainer.LoggingVerbosity;
import org.tribuo.common.xgboost.XGBoostTrainer.TreeMethod;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer.RegressionType;

/** Fits the feature pipeline and an XGBoost regressor (Tribuo) on run-to-failure engines. */
public final class RulModelTrainer {

    static final String TARGET = "rul";

    private final RulModelConfig config;

    public RulModelTrainer(RulModelConfig config) {
        this.config = config;
    }

    /** Every cycle of every engine becomes one example, labelled with its capped cycles-to-failure. */
    public RulModel train(List<EngineTrajectory> engines, ProgressListener progress) {
        RulFeatures features = RulFeatures.fit(engines, config);
        RulLabelPolicy labels = config.labelPolicy();
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> dataset =
                new MutableDataset<>(new SimpleDataSourceProvenance("C-MAPSS training engines", factory), factory);
        String[] names = features.names().toArray(String[]::new);
        for (EngineTrajectory engine : engines) {
            double[][] rows = features.everyCycle(engine);
            for (int t = 0; t < rows.length; t++) {
                int remaining = engine.lastCycle() - engine.rows().get(t).cycle();
                dataset.add(new ArrayExample<>(new Regressor(TARGET, labels.label(remaining)), names, rows[t]));
            }
        }
        progress.progress(String.format(Locale.ROOT,
                "training XGBoost on %d engines, %d cycles x %d features (%d sensors kept: %s), %d trees",
                engines.size(), dataset.size(), names.length, features.sensors().size(),
                String.join(" ", features.sensors()), config.trees()));
        Model<Regressor> model = trainer().train(dataset);
        return new RulModel(features, model, labels);
    }

    private XGBoostRegressionTrainer trainer() {
        // HIST is several times faster than EXACT here and, with a fixed seed, just as repeatable.
        return new XGBoostRegressionTrainer(BoosterType.GBTREE, TreeMethod.HIST, RegressionType.LINEAR,
                config.trees(), config.eta(), 0, config.maxDepth(), config.minChildWeight(), config.subsample(),
                config.featureSubsample(), config.lambda(), 0, config.threads(), LoggingVerbosity.SILENT,
                config.seed());
    }
}
