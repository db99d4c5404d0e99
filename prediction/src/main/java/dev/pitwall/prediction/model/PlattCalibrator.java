package dev.pitwall.prediction.model;

/**
 * Platt scaling on the log-odds of the raw score: {@code p = 1 / (1 + exp(-(a * logit(score) + b)))}, fitted by
 * damped Newton's method with Platt's smoothed targets (so that a perfectly separated split does not send a to
 * infinity).
 * With a > 0 it is monotone; a fit that comes out with a <= 0 (a useless classifier) is replaced by the base rate.
 */
public record PlattCalibrator(double a, double b) implements Calibrator {

    private static final double EPS = 1e-7;

    public static PlattCalibrator fit(double[] rawScores, boolean[] positive) {
        int n = rawScores.length;
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (n - positives + 2.0);
        double[] x = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = logit(rawScores[i]);
            t[i] = positive[i] ? hi : lo;
        }
        double a = 0;
        double b = logit((positives + 1.0) / (n + 2.0)); // start at the base rate: a safe, well-defined point
        double loss = loss(x, t, a, b);
        for (int iteration = 0; iteration < 100; iteration++) {
            double g0 = 0;
            double g1 = 0;
            double h00 = 1e-12;
            double h01 = 0;
            double h11 = 1e-12;
            for (int i = 0; i < n; i++) {
                double p = sigmoid(a * x[i] + b);
                double d = p - t[i];
                double w = p * (1 - p);
                g0 += d * x[i];
                g1 += d;
                h00 += w * x[i] * x[i];
                h01 += w * x[i];
                h11 += w;
            }
            double det = h00 * h11 - h01 * h01;
            if (!(det > 0)) {
                break;
            }
            double da = (h11 * g0 - h01 * g1) / det;
            double db = (h00 * g1 - h01 * g0) / det;
            // Newton's step, halved until the loss goes down (plain Newton overshoots on flat, noisy data)
            double step = 1;
            double next = loss(x, t, a - step * da, b - step * db);
            while (next > loss && step > 1e-8) {
                step /= 2;
                next = loss(x, t, a - step * da, b - step * db);
            }
            if (next > loss) {
                break;
            }
            a -= step * da;
            b -= step * db;
            boolean converged = loss - next < 1e-12 * Math.max(1, Math.abs(loss));
            loss = next;
            if (converged) {
                break;
            }
        }
        if (!(a > 0) || !Double.isFinite(b)) {
            return new PlattCalibrator(0, logit(n == 0 ? 0 : (double) positives / n));
        }
        return new PlattCalibrator(a, b);
    }

    /** Cross-entropy of the targets under the fit, computed stably. */
    private static double loss(double[] x, double[] t, double a, double b) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double z = a * x[i] + b;
            // log(1 + e^z) - t z, without overflow
            sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t[i] * z;
        }
        return sum;
    }

    @Override
    public double calibrate(double rawScore) {
        return Double.isNaN(rawScore) ? Double.NaN : sigmoid(a * logit(rawScore) + b);
    }

    static double logit(double p) {
        double q = Math.min(1 - EPS, Math.max(EPS, p));
        return Math.log(q / (1 - q));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
