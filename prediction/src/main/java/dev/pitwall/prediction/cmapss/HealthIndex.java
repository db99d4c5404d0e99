package dev.pitwall.prediction.cmapss;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A linear combination of the normalised sensors fitted to the capped RUL label: one channel in which the
 * sensors' independent noise partly averages out, which trees (splitting on one feature at a time) cannot do.
 */
final class HealthIndex {

    /** A touch of ridge keeps the fit solvable when two sensors move in lockstep. */
    static final double RIDGE = 1e-3;

    private final double[] coefficients;

    private HealthIndex(double[] coefficients) {
        this.coefficients = coefficients;
    }

    /**
     * @param normalised per engine, one row per cycle, one column per sensor
     * @param labels per engine, the training label of each cycle
     */
    static HealthIndex fit(List<double[][]> normalised, List<double[]> labels) {
        int p = normalised.get(0)[0].length + 1;
        double[][] xtx = new double[p][p];
        double[] xty = new double[p];
        long rows = 0;
        double[] x = new double[p];
        x[0] = 1;
        for (int e = 0; e < normalised.size(); e++) {
            for (int t = 0; t < normalised.get(e).length; t++) {
                System.arraycopy(normalised.get(e)[t], 0, x, 1, p - 1);
                double y = labels.get(e)[t];
                for (int i = 0; i < p; i++) {
                    xty[i] += x[i] * y;
                    for (int j = 0; j < p; j++) {
                        xtx[i][j] += x[i] * x[j];
                    }
                }
                rows++;
            }
        }
        for (int i = 1; i < p; i++) {
            xtx[i][i] += RIDGE * rows;
        }
        RealMatrix a = new Array2DRowRealMatrix(xtx, false);
        double[] b = new LUDecomposition(a).getSolver().solve(new ArrayRealVector(xty, false)).toArray();
        return new HealthIndex(b);
    }

    /** The index at each cycle, in label units (cycles of RUL as one cycle's readings suggest). */
    double[] apply(double[][] normalised) {
        double[] out = new double[normalised.length];
        for (int t = 0; t < normalised.length; t++) {
            double v = coefficients[0];
            for (int s = 0; s < normalised[t].length; s++) {
                v += coefficients[s + 1] * normalised[t][s];
            }
            out[t] = v;
        }
        return out;
    }
}
