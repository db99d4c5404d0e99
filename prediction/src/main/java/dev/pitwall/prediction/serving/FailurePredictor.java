package dev.pitwall.prediction.serving;

import dev.pitwall.core.maintenance.FailurePrediction.FeatureContribution;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.prediction.features.FeatureConfig;
import dev.pitwall.prediction.features.FeatureLayout;
import dev.pitwall.prediction.features.FeatureVector;
import dev.pitwall.prediction.features.VehicleFeatureState;
import dev.pitwall.prediction.model.Calibrator;
import dev.pitwall.prediction.model.ComponentModels;
import dev.pitwall.prediction.model.ModelBundle;
import dev.pitwall.prediction.model.TribuoExamples;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Output;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Failure predictions for one vehicle from its {@link VehicleFeatureState}: per component the calibrated
 * probability of failure within the horizon, the alarm decision, the expected remaining useful life and the features
 * that drove the prediction. Plain Java; the stream job's operator is a thin shell over {@link #predict}.
 *
 * <p>It calls XGBoost's boosters directly (one small sparse matrix per call) rather than through Tribuo's
 * {@code predict}, which builds an Example and a Prediction per call; the two give the same probabilities (tested).
 *
 * <p>Thread-safe: immutable after construction, and xgboost4j serialises calls into one booster. Hot reload: load a
 * new bundle into a new predictor and swap the reference; {@link #version()} says which one is live.
 */
public final class FailurePredictor {

    /** Explanations returned by {@link #predict(VehicleFeatureState, Instant)}. */
    public static final int DEFAULT_TOP_FEATURES = 3;

    private final ModelBundle bundle;
    private final FeatureLayout layout;
    private final List<ComponentScorer> scorers;

    private FailurePredictor(ModelBundle bundle) {
        this.bundle = bundle;
        this.layout = bundle.featureConfig().layout();
        List<ComponentScorer> list = new ArrayList<>();
        for (ComponentModels models : bundle.components().values()) {
            list.add(new ComponentScorer(models, layout, bundle.rulCapDays()));
        }
        this.scorers = List.copyOf(list);
    }

    /** Loads a bundle file written by training. @throws dev.pitwall.prediction.model.ModelBundleException */
    public static FailurePredictor load(Path bundleFile) {
        return new FailurePredictor(ModelBundle.load(bundleFile));
    }

    public static FailurePredictor of(ModelBundle bundle) {
        return new FailurePredictor(bundle);
    }

    /** The bundle's version, e.g. {@code pitwall-model-20261123T101500Z-3fa2c1d0}. */
    public String version() {
        return bundle.version();
    }

    public int horizonDays() {
        return bundle.horizonDays();
    }

    /** The components this bundle predicts (those with enough failures in its training data). */
    public Set<Component> components() {
        return bundle.components().keySet();
    }

    /** The feature configuration the bundle was trained with: create vehicle states with it. */
    public FeatureConfig featureConfig() {
        return bundle.featureConfig();
    }

    /** A fresh state for a vehicle, configured as this bundle expects. */
    public VehicleFeatureState newState(String vin) {
        return VehicleFeatureState.create(vin, bundle.featureConfig());
    }

    public ModelBundle bundle() {
        return bundle;
    }

    /** Predictions with the {@value #DEFAULT_TOP_FEATURES} strongest explanations each. */
    public List<ComponentPrediction> predict(VehicleFeatureState state, Instant asOf) {
        return predict(state, asOf, DEFAULT_TOP_FEATURES);
    }

    /**
     * Predictions for every component the bundle has, as of {@code asOf} (at or after the state's newest event).
     * A state built with another feature configuration works too: features are matched by name, and the ones it
     * lacks are missing to the models.
     *
     * @param topFeatures explanations per component; 0 skips computing them (several times faster)
     */
    public List<ComponentPrediction> predict(VehicleFeatureState state, Instant asOf, int topFeatures) {
        FeatureVector raw = state.features(asOf).project(layout);
        double[] values = raw.toArray();
        bundle.baselines().applyTo(layout, state.modelKey(), values);
        return predict(values, topFeatures);
    }

    /** Predictions from a feature row laid out as {@link #featureConfig()}'s layout, baselines already applied. */
    public List<ComponentPrediction> predict(double[] values, int topFeatures) {
        if (values.length != layout.size()) {
            throw new IllegalArgumentException("expected " + layout.size() + " feature values, got " + values.length);
        }
        List<ComponentPrediction> result = new ArrayList<>(scorers.size());
        for (ComponentScorer scorer : scorers) {
            result.add(scorer.predict(values, topFeatures, bundle.horizonDays()));
        }
        return result;
    }

    /** One component's boosters with the index mappings from the bundle's layout to each booster's columns. */
    private static final class ComponentScorer {
        private final Component component;
        private final ModelColumns classifier;
        private final ModelColumns regressor;
        private final Booster classifierBooster;
        private final Booster regressorBooster;
        private final Calibrator calibrator;
        private final double threshold;
        private final double rulCap;
        private final int failClass;
        private final int okClass;

        ComponentScorer(ComponentModels models, FeatureLayout layout, double rulCap) {
            this.component = models.component();
            this.classifier = new ModelColumns(models.boosted(), layout);
            this.classifierBooster = singleBooster(models.boosted());
            this.regressor = models.rul() == null ? null : new ModelColumns(models.rul(), layout);
            this.regressorBooster = models.rul() == null ? null : singleBooster(models.rul());
            this.calibrator = models.boostedCalibrator();
            this.threshold = models.boostedThreshold();
            this.rulCap = rulCap;
            this.failClass = models.boosted().getOutputIDInfo().getID(TribuoExamples.FAIL);
            this.okClass = models.boosted().getOutputIDInfo().getID(TribuoExamples.OK);
        }

        ComponentPrediction predict(double[] values, int topFeatures, int horizonDays) {
            DMatrix x = classifier.matrix(values);
            try {
                float[] scores = classifierBooster.predict(x)[0];
                double probability = calibrator.calibrate(scores[failClass]);
                List<FeatureContribution> explanation = topFeatures <= 0 ? List.of()
                        : explain(classifierBooster.predictContrib(x, 0)[0], values, topFeatures);
                double rul = Double.NaN;
                if (regressorBooster != null) {
                    DMatrix r = regressor.sameColumns(classifier) ? x : regressor.matrix(values);
                    try {
                        rul = Math.max(0, Math.min(rulCap, regressorBooster.predict(r)[0][0]));
                    } finally {
                        if (r != x) {
                            r.dispose();
                        }
                    }
                }
                return new ComponentPrediction(component, probability, probability >= threshold, threshold,
                        horizonDays, rul, explanation);
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost failed to predict " + component + ": " + e.getMessage(), e);
            } finally {
                x.dispose();
            }
        }

        /** SHAP values come per class (features then bias); the log-odds of FAIL against OK is their difference. */
        private List<FeatureContribution> explain(float[] contributions, double[] values, int top) {
            int width = classifier.columns() + 1;
            Integer[] order = new Integer[classifier.columns()];
            double[] logOdds = new double[classifier.columns()];
            for (int j = 0; j < order.length; j++) {
                order[j] = j;
                logOdds[j] = contributions[failClass * width + j] - contributions[okClass * width + j];
            }
            Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -Math.abs(logOdds[j])));
            List<FeatureContribution> result = new ArrayList<>(Math.min(top, order.length));
            for (int k = 0; k < order.length && result.size() < top; k++) {
                int column = order[k];
                if (logOdds[column] == 0) {
                    break;
                }
                int index = classifier.layoutIndexOf(column);
                result.add(new FeatureContribution(classifier.name(column), index < 0 ? Double.NaN : values[index],
                        logOdds[column]));
            }
            return result;
        }

        private static Booster singleBooster(XGBoostModel<?> model) {
            List<Booster> boosters = model.getInnerModels();
            if (boosters.size() != 1) {
                throw new IllegalArgumentException("expected one booster per model, got " + boosters.size());
            }
            Booster booster = boosters.get(0);
            try {
                booster.setParam("nthread", 1); // one row per call: threads cost more than they save
            } catch (XGBoostError e) {
                throw new IllegalStateException(e);
            }
            return booster;
        }
    }

    /** Where each of the bundle layout's features goes in a model's columns (Tribuo's feature ids). */
    private static final class ModelColumns {
        /** Layout indices of the model's known features, in ascending column order. */
        private final int[] layoutIndex;
        private final int[] column;
        private final int[] columnToLayout;
        private final String[] names;

        <T extends Output<T>> ModelColumns(XGBoostModel<T> model, FeatureLayout layout) {
            ImmutableFeatureMap features = model.getFeatureIDMap();
            names = new String[features.size()];
            columnToLayout = new int[features.size()];
            Arrays.fill(columnToLayout, -1);
            List<int[]> pairs = new ArrayList<>();
            for (int id = 0; id < features.size(); id++) {
                names[id] = features.get(id).getName();
                int index = layout.indexOf(names[id]);
                columnToLayout[id] = index;
                if (index >= 0) {
                    pairs.add(new int[] {id, index});
                }
            }
            layoutIndex = pairs.stream().mapToInt(p -> p[1]).toArray();
            column = pairs.stream().mapToInt(p -> p[0]).toArray();
        }

        int columns() {
            return names.length;
        }

        String name(int column) {
            return names[column];
        }

        int layoutIndexOf(int column) {
            return columnToLayout[column];
        }

        boolean sameColumns(ModelColumns other) {
            return Arrays.equals(column, other.column) && Arrays.equals(layoutIndex, other.layoutIndex)
                    && names.length == other.names.length;
        }

        /** A one-row sparse matrix: missing (NaN) features are left out, as Tribuo leaves them out when training. */
        DMatrix matrix(double[] values) {
            int present = 0;
            for (int i : layoutIndex) {
                if (!Double.isNaN(values[i])) {
                    present++;
                }
            }
            int[] indices = new int[present];
            float[] data = new float[present];
            int k = 0;
            for (int p = 0; p < layoutIndex.length; p++) {
                double v = values[layoutIndex[p]];
                if (!Double.isNaN(v)) {
                    indices[k] = column[p];
                    data[k] = (float) v;
                    k++;
                }
            }
            try {
                return new DMatrix(new long[] {0, present}, indices, data, DMatrix.SparseType.CSR, names.length);
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost could not build a feature matrix: " + e.getMessage(), e);
            }
        }
    }
}
