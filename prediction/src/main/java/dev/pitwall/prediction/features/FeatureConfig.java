package dev.pitwall.prediction.features;

import dev.pitwall.core.telemetry.VssSignal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that decides which features exist and how they are computed: the windows, the EWMA half-life, one
 * {@link SignalSpec} per signal and the DTC families. The single source of truth for feature defaults; a model
 * bundle stores the configuration it was trained with ({@link #definition()}) so that serving computes the same.
 */
public final class FeatureConfig {

    /** The short window: one day in hourly buckets. */
    public static final WindowSpec DAY = new WindowSpec("1d", Duration.ofDays(1), Duration.ofHours(1));
    /** The long window: seven days in daily buckets. */
    public static final WindowSpec WEEK = new WindowSpec("7d", Duration.ofDays(7), Duration.ofDays(1));
    public static final Duration DEFAULT_EWMA_HALF_LIFE = Duration.ofDays(1);
    /** "Hours since the last code" stops growing here: a code a month ago and one never seen look alike. */
    public static final Duration DEFAULT_SINCE_CAP = Duration.ofDays(30);
    /**
     * Signals whose names end in a wheel or axle position are also summarised as a group (the four tyre pressures,
     * front and rear pad wear): the worst wheel matters, whichever it is.
     */
    private static final List<String> WHEEL_SUFFIXES = List.of("_FRONT_LEFT", "_FRONT_RIGHT", "_REAR_LEFT", "_REAR_RIGHT",
            "_FRONT", "_REAR");

    private final List<WindowSpec> windows;
    private final Duration ewmaHalfLife;
    private final List<SignalSpec> signals;
    private final DtcFamilies dtcFamilies;
    private final Duration sinceCap;
    private final List<Channel> channels;
    private final FeatureLayout layout;
    private final Definition definition;

    /** One signal in one scope: the unit of state (rings, EWMA, last value). */
    record Channel(SignalSpec spec, Scope scope, String name) {
    }

    private FeatureConfig(List<WindowSpec> windows, Duration ewmaHalfLife, List<SignalSpec> signals,
            DtcFamilies dtcFamilies, Duration sinceCap) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("at least one window is needed");
        }
        List<WindowSpec> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparing(WindowSpec::length));
        if (sorted.stream().map(WindowSpec::name).distinct().count() != sorted.size()) {
            throw new IllegalArgumentException("window names must be unique: " + sorted);
        }
        if (dtcFamilies.size() > 31) {
            throw new IllegalArgumentException("at most 31 DTC families (they are kept in an int mask)");
        }
        this.windows = List.copyOf(sorted);
        this.ewmaHalfLife = Objects.requireNonNull(ewmaHalfLife);
        this.signals = List.copyOf(signals);
        this.dtcFamilies = dtcFamilies;
        this.sinceCap = sinceCap;
        this.channels = buildChannels(this.signals);
        this.layout = buildLayout();
        this.definition = buildDefinition();
    }

    /** The defaults: every numeric and boolean signal in {@link VssSignal}, with the overrides of {@link #defaultSpec}. */
    public static FeatureConfig defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Built once: the configuration is immutable, and building it (channels, layout) costs far more than a vehicle
     * state's restore, which asks for it every time Flink reads a state back.
     */
    private static final class Defaults {
        static final FeatureConfig INSTANCE = build();
    }

    private static FeatureConfig build() {
        List<SignalSpec> specs = new ArrayList<>();
        for (VssSignal signal : VssSignal.values()) {
            SignalSpec spec = defaultSpec(signal);
            if (spec != null) {
                specs.add(spec);
            }
        }
        return new FeatureConfig(List.of(DAY, WEEK), DEFAULT_EWMA_HALF_LIFE, specs, DtcFamilies.defaults(),
                DEFAULT_SINCE_CAP);
    }

    public static FeatureConfig of(List<WindowSpec> windows, Duration ewmaHalfLife, List<SignalSpec> signals,
            DtcFamilies dtcFamilies, Duration sinceCap) {
        return new FeatureConfig(windows, ewmaHalfLife, signals, dtcFamilies, sinceCap);
    }

    /**
     * How a signal is summarised unless configured otherwise. A signal added to the contract later gets a gauge over
     * all samples (or 0/1 for a boolean) without a code change here; these are the exceptions, by enum name so that
     * this compiles whatever the enum holds.
     */
    public static SignalSpec defaultSpec(VssSignal signal) {
        SignalTypes.ValueType type = SignalTypes.of(signal);
        if (type != SignalTypes.ValueType.NUMBER && type != SignalTypes.ValueType.BOOLEAN) {
            return null; // the DTC list has its own features
        }
        boolean flag = type == SignalTypes.ValueType.BOOLEAN;
        String name = signal.name();
        return switch (name) {
            // totals: what matters is how fast they grow (km/day, engine hours/day) and the vehicle's age proxy
            case "TRAVELED_DISTANCE", "ENGINE_HOURS" -> new SignalSpec(signal, SignalKind.COUNTER, Set.of(Scope.ALL), flag, null);
            // position and fuel level say nothing about wear (climate shows in the ambient temperature)
            case "LATITUDE", "LONGITUDE", "HEADING", "FUEL_LEVEL" -> new SignalSpec(signal, SignalKind.EXCLUDED, Set.of(), flag, null);
            // meaningful only while the engine runs; parked they just follow the ambient temperature or read 0
            case "SPEED", "ENGINE_SPEED", "COOLANT_TEMPERATURE" -> new SignalSpec(signal, SignalKind.GAUGE, Set.of(Scope.RUNNING), flag, null);
            // charging voltage, resting voltage and the voltage at start tell different stories about a battery
            case "BATTERY_VOLTAGE" -> new SignalSpec(signal, SignalKind.GAUGE,
                    Set.of(Scope.RUNNING, Scope.PARKED, Scope.ENGINE_START), flag, null);
            default -> new SignalSpec(signal, SignalKind.GAUGE, Set.of(Scope.ALL), flag, wheelGroup(name));
        };
    }

    private static String wheelGroup(String signalName) {
        for (String suffix : WHEEL_SUFFIXES) {
            if (signalName.endsWith(suffix)) {
                return signalName.substring(0, signalName.length() - suffix.length()).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    public List<WindowSpec> windows() {
        return windows;
    }

    /** The longest window: usage rates, counts and baselines are taken over it. */
    public WindowSpec longWindow() {
        return windows.get(windows.size() - 1);
    }

    public Duration ewmaHalfLife() {
        return ewmaHalfLife;
    }

    public List<SignalSpec> signals() {
        return signals;
    }

    public DtcFamilies dtcFamilies() {
        return dtcFamilies;
    }

    public Duration sinceCap() {
        return sinceCap;
    }

    public FeatureLayout layout() {
        return layout;
    }

    List<Channel> channels() {
        return channels;
    }

    private static List<Channel> buildChannels(List<SignalSpec> specs) {
        List<Channel> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SignalSpec spec : specs) {
            if (spec.kind() == SignalKind.EXCLUDED) {
                continue;
            }
            for (Scope scope : spec.orderedScopes()) {
                String name = spec.featurePrefix() + "." + scope.label();
                if (!seen.add(name)) {
                    throw new IllegalArgumentException("signal configured twice: " + spec.signal());
                }
                result.add(new Channel(spec, scope, name));
            }
        }
        return List.copyOf(result);
    }

    /** The order here is the order {@link VehicleFeatureState#features} writes values in: keep them in step. */
    private FeatureLayout buildLayout() {
        FeatureLayout.Builder b = new FeatureLayout.Builder();
        String longName = longWindow().name();
        for (Channel c : channels) {
            String p = c.name() + ".";
            if (c.spec().kind() == SignalKind.GAUGE) {
                for (WindowSpec w : windows) {
                    for (String stat : GAUGE_WINDOW_STATS) {
                        b.add(p + stat + "_" + w.name());
                    }
                }
                b.add(p + "count_" + longName);
                b.add(p + "last");
                b.add(p + "ewma");
            } else {
                b.add(p + "last");
                for (WindowSpec w : windows) {
                    b.add(p + "per_day_" + w.name());
                }
            }
        }
        for (Map.Entry<String, List<Channel>> group : groups().entrySet()) {
            for (String stat : List.of("last", "ewma", "mean_" + longName, "slope_" + longName)) {
                List<String> members = group.getValue().stream().map(c -> c.name() + "." + stat).toList();
                b.addGroup(group.getKey() + ".min_of_" + stat, members, true);
                b.addGroup(group.getKey() + ".max_of_" + stat, members, false);
            }
        }
        for (String family : dtcFamilies.names()) {
            String p = "dtc." + family + ".";
            for (WindowSpec w : windows) {
                b.add(p + "active_frac_" + w.name());
            }
            b.add(p + "onsets_" + longName);
            b.add(p + "hours_since_last");
        }
        // deviations from the car model's fleet baseline: last, so the raw features keep their positions
        for (Channel c : channels) {
            String p = c.name() + ".";
            if (c.spec().kind() == SignalKind.GAUGE) {
                b.addBaseline(p + "mean_" + longName);
                b.addBaseline(p + "ewma");
            } else {
                b.addBaseline(p + "per_day_" + longName);
            }
        }
        return b.build();
    }

    static final List<String> GAUGE_WINDOW_STATS = List.of("mean", "std", "min", "max", "slope");

    /** Group name (with scope) to its member channels, for groups of at least two members. */
    Map<String, List<Channel>> groups() {
        Map<String, List<Channel>> groups = new LinkedHashMap<>();
        for (Channel c : channels) {
            if (c.spec().group() != null && c.spec().kind() == SignalKind.GAUGE) {
                groups.computeIfAbsent(c.spec().group() + "." + c.scope().label(), k -> new ArrayList<>()).add(c);
            }
        }
        groups.values().removeIf(members -> members.size() < 2);
        return groups;
    }

    /** A plain-data form of this configuration, for the model bundle. */
    public Definition definition() {
        return definition;
    }

    private Definition buildDefinition() {
        Map<String, List<String>> prefixes = new LinkedHashMap<>();
        for (String family : dtcFamilies.names()) {
            if (!family.equals(DtcFamilies.OTHER)) {
                prefixes.put(family, dtcFamilies.prefixesOf(family));
            }
        }
        return new Definition(
                windows.stream().map(w -> new Definition.Window(w.name(), w.lengthMillis(), w.bucketMillis())).toList(),
                ewmaHalfLife.toMillis(),
                signals.stream().map(s -> new Definition.Signal(s.signal().name(), s.kind(),
                        s.orderedScopes(), s.flag(), s.group())).toList(),
                prefixes, sinceCap.toMillis());
    }

    /**
     * Rebuilds a configuration from its definition. Signals this build of Pitwall does not know are dropped (their
     * features read as missing), so a bundle stays loadable when the contract changes.
     */
    public static FeatureConfig fromDefinition(Definition d) {
        List<SignalSpec> specs = new ArrayList<>();
        for (Definition.Signal s : d.signals()) {
            VssSignal signal;
            try {
                signal = VssSignal.valueOf(s.signal());
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            specs.add(new SignalSpec(signal, s.kind(), Set.copyOf(s.scopes()), s.flag(), s.group()));
        }
        return new FeatureConfig(
                d.windows().stream().map(w -> new WindowSpec(w.name(), Duration.ofMillis(w.lengthMillis()),
                        Duration.ofMillis(w.bucketMillis()))).toList(),
                Duration.ofMillis(d.ewmaHalfLifeMillis()), specs, DtcFamilies.of(d.dtcPrefixes()),
                Duration.ofMillis(d.sinceCapMillis()));
    }

    /** Serialisable description of a {@link FeatureConfig}. */
    public record Definition(List<Window> windows, long ewmaHalfLifeMillis, List<Signal> signals,
            Map<String, List<String>> dtcPrefixes, long sinceCapMillis) {

        public record Window(String name, long lengthMillis, long bucketMillis) {
        }

        public record Signal(String signal, SignalKind kind, List<Scope> scopes, boolean flag, String group) {
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureConfig other && definition().equals(other.definition());
    }

    @Override
    public int hashCode() {
        return definition().hashCode();
    }

    @Override
    public String toString() {
        return "FeatureConfig" + definition();
    }
}
