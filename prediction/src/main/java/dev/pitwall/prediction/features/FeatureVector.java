package dev.pitwall.prediction.features;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A vehicle's features at one instant: doubles named by a {@link FeatureLayout}. NaN means "not available"
 * (no samples in the window, signal never reported); the models treat it as missing, never as zero.
 */
public final class FeatureVector {

    private final FeatureLayout layout;
    private final double[] values;

    /** Wraps {@code values} without copying: the caller hands them over. */
    public FeatureVector(FeatureLayout layout, double[] values) {
        if (values.length != layout.size()) {
            throw new IllegalArgumentException("expected " + layout.size() + " values, got " + values.length);
        }
        this.layout = layout;
        this.values = values;
    }

    public FeatureLayout layout() {
        return layout;
    }

    public int size() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    /** The value of the named feature; NaN if it is missing or this layout has no such feature. */
    public double get(String name) {
        int i = layout.indexOf(name);
        return i < 0 ? Double.NaN : values[i];
    }

    public double[] toArray() {
        return values.clone();
    }

    /** The same features in another layout, by name; features the other layout has and this one lacks are NaN. */
    public FeatureVector project(FeatureLayout target) {
        if (target.equals(layout)) {
            return this;
        }
        double[] projected = new double[target.size()];
        for (int i = 0; i < projected.length; i++) {
            projected[i] = get(target.name(i));
        }
        return new FeatureVector(target, projected);
    }

    /** Name to value, in layout order. */
    public Map<String, Double> toMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(layout.name(i), values[i]);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        // bitwise, so NaN equals NaN: "same features" in the offline/online equivalence sense
        if (!(o instanceof FeatureVector other) || !layout.equals(other.layout)) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.doubleToLongBits(values[i]) != Double.doubleToLongBits(other.values[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
