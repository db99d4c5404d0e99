package dev.pitwall.prediction.cmapss;

import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/** A trained C-MAPSS model: predicts an engine's remaining useful life at its last observed cycle. */
public final class RulModel {

    private final RulFeatures features;
    private final Model<Regressor> model;
    private final RulLabelPolicy labels;

    RulModel(RulFeatures features, Model<Regressor> model, RulLabelPolicy labels) {
        this.features = features;
        this.model = model;
        this.labels = labels;
    }

    /** Predicted RUL in cycles, clipped to [0, cap], for each engine in the order given. */
    public double[] predictLastCycle(List<EngineTrajectory> engines) {
        String[] names = features.names().toArray(String[]::new);
        List<Example<Regressor>> examples = new ArrayList<>(engines.size());
        for (EngineTrajectory engine : engines) {
            examples.add(new ArrayExample<>(RegressionFactory.UNKNOWN_REGRESSOR, names, features.lastCycle(engine)));
        }
        List<Prediction<Regressor>> predictions = model.predict(examples);
        double[] rul = new double[engines.size()];
        for (int i = 0; i < rul.length; i++) {
            rul[i] = labels.clip(predictions.get(i).getOutput().getValues()[0]);
        }
        return rul;
    }
}
