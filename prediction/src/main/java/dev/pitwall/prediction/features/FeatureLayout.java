package dev.pitwall.prediction.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names and order of a {@link FeatureConfig}'s features, and the derived features computed from others:
 * group minima/maxima and deviations from the fleet baseline. Immutable; one per configuration.
 */
public final class FeatureLayout {

    /** Suffix of a feature holding another's deviation from its car model's baseline, in baseline standard deviations. */
    public static final String VS_MODEL = "_vs_model";

    private final List<String> names;
    private final Map<String, Integer> index;
    private final int[] baselineSources;
    private final int[] baselineTargets;
    private final int[][] groupSources;
    private final int[] groupTargets;
    private final boolean[] groupTakesMin;
    private final int[] byName;

    private FeatureLayout(List<String> names, int[] baselineSources, int[] baselineTargets, int[][] groupSources,
            int[] groupTargets, boolean[] groupTakesMin) {
        this.names = Collections.unmodifiableList(new ArrayList<>(names));
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (map.put(names.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate feature name " + names.get(i));
            }
        }
        this.index = Map.copyOf(map);
        this.baselineSources = baselineSources;
        this.baselineTargets = baselineTargets;
        this.groupSources = groupSources;
        this.groupTargets = groupTargets;
        this.groupTakesMin = groupTakesMin;
        this.byName = java.util.stream.IntStream.range(0, names.size()).boxed()
                .sorted(java.util.Comparator.comparing(names::get)).mapToInt(Integer::intValue).toArray();
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    public String name(int i) {
        return names.get(i);
    }

    /** The index of a feature, or -1 if this layout has no feature of that name. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** The i-th feature index in alphabetical order of names (the order Tribuo keeps features in). */
    public int alphabetical(int i) {
        return byName[i];
    }

    /** The features that get a baseline deviation, in the order {@link FleetBaselines} stores their statistics. */
    public List<String> baselineSourceNames() {
        List<String> result = new ArrayList<>(baselineSources.length);
        for (int source : baselineSources) {
            result.add(names.get(source));
        }
        return result;
    }

    int baselineCount() {
        return baselineSources.length;
    }

    int baselineSource(int k) {
        return baselineSources[k];
    }

    int baselineTarget(int k) {
        return baselineTargets[k];
    }

    int groupFeatureCount() {
        return groupTargets.length;
    }

    /** Fills the group features from their members' values (NaN members are skipped). */
    void computeGroups(double[] values) {
        for (int g = 0; g < groupTargets.length; g++) {
            double result = Double.NaN;
            for (int source : groupSources[g]) {
                double v = values[source];
                if (!Double.isNaN(v)) {
                    result = Double.isNaN(result) ? v : groupTakesMin[g] ? Math.min(result, v) : Math.max(result, v);
                }
            }
            values[groupTargets[g]] = result;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureLayout other && names.equals(other.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    /** Collects names in order, then the derived features, which refer to names added before. */
    static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<int[]> baselines = new ArrayList<>();
        private final List<int[]> groupSources = new ArrayList<>();
        private final List<Integer> groupTargets = new ArrayList<>();
        private final List<Boolean> groupMin = new ArrayList<>();

        int add(String name) {
            names.add(name);
            return names.size() - 1;
        }

        /** Adds {@code source + VS_MODEL} and remembers that it is computed from {@code source}. */
        void addBaseline(String source) {
            int sourceIndex = names.indexOf(source);
            if (sourceIndex < 0) {
                throw new IllegalStateException("baseline of unknown feature " + source);
            }
            int target = add(source + VS_MODEL);
            baselines.add(new int[] {sourceIndex, target});
        }

        void addGroup(String name, List<String> members, boolean takesMin) {
            int[] sources = new int[members.size()];
            for (int i = 0; i < sources.length; i++) {
                sources[i] = names.indexOf(members.get(i));
                if (sources[i] < 0) {
                    throw new IllegalStateException("group member " + members.get(i) + " unknown");
                }
            }
            groupSources.add(sources);
            groupTargets.add(add(name));
            groupMin.add(takesMin);
        }

        FeatureLayout build() {
            int[] bs = new int[baselines.size()];
            int[] bt = new int[baselines.size()];
            for (int i = 0; i < bs.length; i++) {
                bs[i] = baselines.get(i)[0];
                bt[i] = baselines.get(i)[1];
            }
            int[] gt = new int[groupTargets.size()];
            boolean[] gm = new boolean[groupTargets.size()];
            for (int i = 0; i < gt.length; i++) {
                gt[i] = groupTargets.get(i);
                gm[i] = groupMin.get(i);
            }
            return new FeatureLayout(names, bs, bt, groupSources.toArray(new int[0][]), gt, gm);
        }
    }
}
