package dev.pitwall.prediction.model;

import dev.pitwall.prediction.features.FeatureLayout;
import org.tribuo.Example;
import org.tribuo.Output;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;
import org.tribuo.regression.Regressor;

/** Turns feature rows into Tribuo examples: one Tribuo feature per layout name, missing (NaN) values left out. */
public final class TribuoExamples {

    /** The label of "fails within the horizon". */
    public static final Label FAIL = new Label("FAIL");
    /** The label of "does not fail within the horizon". */
    public static final Label OK = new Label("OK");
    /** The name of the single regression output: remaining useful life in days. */
    public static final String RUL = "rul_days";

    private TribuoExamples() {
    }

    public static <T extends Output<T>> Example<T> of(FeatureLayout layout, double[] row, T output, float weight) {
        int present = 0;
        for (double v : row) {
            present += Double.isNaN(v) ? 0 : 1;
        }
        String[] names = new String[present];
        double[] values = new double[present];
        for (int i = 0, k = 0; i < row.length; i++) {
            int j = layout.alphabetical(i);
            if (!Double.isNaN(row[j])) {
                names[k] = layout.name(j);
                values[k++] = row[j];
            }
        }
        // in one go and already in name order: ArrayExample sorts its features by name, on every add()
        ArrayExample<T> example = new ArrayExample<>(output, names, values);
        example.setWeight(weight);
        return example;
    }

    public static Example<Label> classification(FeatureLayout layout, double[] row, boolean fails, float weight) {
        return of(layout, row, fails ? FAIL : OK, weight);
    }

    public static Example<Regressor> regression(FeatureLayout layout, double[] row, double rulDays, float weight) {
        return of(layout, row, new Regressor(RUL, rulDays), weight);
    }
}
