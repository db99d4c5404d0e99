package dev.pitwall.prediction.features;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import dev.pitwall.core.telemetry.VssSignal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One vehicle's feature state, updated one telemetry message at a time and asked for features at any instant.
 * The same class computes training features (replaying a vehicle's history) and serving features (in the stream
 * job, one instance per VIN in keyed state), so the two cannot drift apart.
 *
 * <p>Memory is bounded: per signal and scope one bucket ring per window, an EWMA and the last value; per DTC family
 * counts in the same buckets. Duplicates (a seq seen before) are ignored. A late message (event time before the
 * latest one seen) still lands in the buckets of its own time, but does not move the EWMA, the last value or the
 * engine-start and DTC-onset detection, which follow time order. Not thread-safe: one owner per vehicle.
 */
public final class VehicleFeatureState {

    /** What {@link #update} did with a message. */
    public enum UpdateResult {
        /** Counted everywhere. */
        ACCEPTED,
        /** Counted in the window buckets only: older than the newest message seen. */
        ACCEPTED_LATE,
        /** Its seq was seen before. */
        DUPLICATE,
        /** Its seq is too far behind to tell whether it is a duplicate. */
        TOO_OLD
    }

    static final byte FORMAT_VERSION = 1;
    private static final byte UNKNOWN = -1;
    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private final FeatureConfig config;
    private final String vin;
    private final String modelKey;
    private final SeqWindow seqs = new SeqWindow();
    private final ChannelState[] channels;
    private final DtcRing[] dtcRings;
    private final long[] lastDtcMillis;
    private final double ewmaTauMillis;
    private long lastEventMillis = Long.MIN_VALUE;
    private byte running = UNKNOWN;
    private int previousDtcMask;
    // scratch space for features(); not state
    private final WindowStats scratch = new WindowStats();
    private final int[] dtcScratch;

    private VehicleFeatureState(String vin, String modelKey, FeatureConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.vin = Objects.requireNonNull(vin, "vin");
        this.modelKey = Objects.requireNonNull(modelKey, "modelKey");
        List<FeatureConfig.Channel> specs = config.channels();
        channels = new ChannelState[specs.size()];
        for (int i = 0; i < channels.length; i++) {
            channels[i] = new ChannelState(specs.get(i), config.windows());
        }
        int families = config.dtcFamilies().size();
        dtcRings = new DtcRing[config.windows().size()];
        for (int w = 0; w < dtcRings.length; w++) {
            dtcRings[w] = new DtcRing(config.windows().get(w), families);
        }
        lastDtcMillis = new long[families];
        java.util.Arrays.fill(lastDtcMillis, Long.MIN_VALUE);
        dtcScratch = new int[1 + 2 * families];
        ewmaTauMillis = config.ewmaHalfLife().toMillis() / Math.log(2);
    }

    /** A fresh state with the default configuration; the car model is the VIN's WMI. */
    public static VehicleFeatureState create(String vin) {
        return create(vin, FeatureConfig.defaults());
    }

    public static VehicleFeatureState create(String vin, FeatureConfig config) {
        return new VehicleFeatureState(vin, ModelKey.fromVin(vin), config);
    }

    /** A fresh state for a vehicle whose car model is known otherwise than from its VIN. */
    public static VehicleFeatureState create(String vin, String modelKey, FeatureConfig config) {
        return new VehicleFeatureState(vin, modelKey, config);
    }

    public String vin() {
        return vin;
    }

    public String modelKey() {
        return modelKey;
    }

    public FeatureConfig config() {
        return config;
    }

    /** Event time of the newest message absorbed, or null before the first. */
    public Instant lastEventTime() {
        return lastEventMillis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(lastEventMillis);
    }

    /** Absorbs one message of this vehicle. */
    public UpdateResult update(Telemetry telemetry) {
        if (!telemetry.vin().equals(vin)) {
            throw new IllegalArgumentException("telemetry of " + telemetry.vin() + " offered to the state of " + vin);
        }
        SeqWindow.Verdict verdict = seqs.offer(telemetry.seq());
        if (verdict == SeqWindow.Verdict.DUPLICATE) {
            return UpdateResult.DUPLICATE;
        }
        if (verdict == SeqWindow.Verdict.TOO_OLD) {
            return UpdateResult.TOO_OLD;
        }
        long time = telemetry.eventTime().toEpochMilli();
        boolean inOrder = time >= lastEventMillis;
        VehicleSignals signals = telemetry.signals();
        byte runningNow = runningIn(signals);
        boolean engineStart = inOrder && runningNow == 1 && running == 0;
        for (ChannelState c : channels) {
            if (!c.scopeAccepts(runningNow, engineStart)) {
                continue;
            }
            Object raw = c.signal.valueIn(signals);
            double x;
            if (raw instanceof Double d) {
                x = d;
            } else if (raw instanceof Boolean b) {
                x = b ? 1 : 0;
            } else {
                continue;
            }
            if (!Double.isFinite(x)) {
                continue;
            }
            for (BucketRing ring : c.rings) {
                ring.add(time, x);
            }
            if (inOrder) {
                c.absorbInOrder(time, x, ewmaTauMillis);
            }
        }
        List<String> codes = signals.dtcs();
        if (codes != null) {
            DtcFamilies families = config.dtcFamilies();
            int mask = families.maskOf(codes);
            int onsets = inOrder ? mask & ~previousDtcMask : 0;
            for (DtcRing ring : dtcRings) {
                ring.add(time, mask, onsets);
            }
            for (int f = 0; f < lastDtcMillis.length; f++) {
                if ((mask & (1 << f)) != 0) {
                    lastDtcMillis[f] = Math.max(lastDtcMillis[f], time);
                }
            }
            if (inOrder) {
                previousDtcMask = mask;
            }
        }
        if (inOrder) {
            lastEventMillis = time;
            if (runningNow != UNKNOWN) {
                running = runningNow;
            }
        }
        return inOrder ? UpdateResult.ACCEPTED : UpdateResult.ACCEPTED_LATE;
    }

    /** Engine state from IsRunning, or from the engine speed when a vehicle does not report IsRunning. */
    private static byte runningIn(VehicleSignals signals) {
        Object flag = VssSignal.ENGINE_RUNNING.valueIn(signals);
        if (flag instanceof Boolean b) {
            return (byte) (b ? 1 : 0);
        }
        Object rpm = VssSignal.ENGINE_SPEED.valueIn(signals);
        if (rpm instanceof Double d) {
            return (byte) (d > 0 ? 1 : 0);
        }
        return UNKNOWN;
    }

    /** The raw features at {@code asOf}, the fleet-baseline deviations missing. */
    public FeatureVector features(Instant asOf) {
        return features(asOf, FleetBaselines.NONE);
    }

    /**
     * The features at {@code asOf}: windows end at {@code asOf} (see {@link WindowSpec}); everything absorbed so far
     * counts, so ask with {@code asOf} at or after the newest event time.
     */
    public FeatureVector features(Instant asOf, FleetBaselines baselines) {
        FeatureLayout layout = config.layout();
        double[] v = new double[layout.size()];
        long now = asOf.toEpochMilli();
        List<WindowSpec> windows = config.windows();
        int k = 0;
        for (ChannelState c : channels) {
            if (c.kind == SignalKind.GAUGE) {
                for (int w = 0; w < windows.size(); w++) {
                    c.rings[w].collect(now, windows.get(w).lengthMillis(), scratch);
                    v[k++] = scratch.mean();
                    v[k++] = scratch.standardDeviation();
                    v[k++] = scratch.min();
                    v[k++] = scratch.max();
                    v[k++] = scratch.slopePerDay();
                }
                v[k++] = scratch.count(); // of the last, longest window
                v[k++] = c.last;
                v[k++] = c.ewma;
            } else {
                v[k++] = c.last;
                for (int w = 0; w < windows.size(); w++) {
                    c.rings[w].collect(now, windows.get(w).lengthMillis(), scratch);
                    v[k++] = scratch.count() == 0 ? Double.NaN
                            : (scratch.max() - scratch.min()) / windows.get(w).lengthDays();
                }
            }
        }
        int groupsStart = k;
        int groupCount = layout.groupFeatureCount();
        k += groupCount;
        int families = config.dtcFamilies().size();
        long cap = config.sinceCap().toMillis();
        int dtcStart = k;
        for (int w = 0; w < windows.size(); w++) {
            dtcRings[w].collect(now, windows.get(w).lengthMillis(), dtcScratch);
            int reported = dtcScratch[0];
            for (int f = 0; f < families; f++) {
                int base = dtcStart + f * (windows.size() + 2);
                v[base + w] = reported == 0 ? Double.NaN : (double) dtcScratch[1 + f] / reported;
                if (w == windows.size() - 1) {
                    v[base + windows.size()] = dtcScratch[1 + families + f];
                    long since = lastDtcMillis[f] == Long.MIN_VALUE ? cap : Math.max(0, now - lastDtcMillis[f]);
                    v[base + windows.size() + 1] = Math.min(since, cap) / MILLIS_PER_HOUR;
                }
            }
        }
        k = dtcStart + families * (windows.size() + 2);
        if (k + layout.baselineCount() != layout.size() || groupsStart + groupCount != dtcStart) {
            throw new IllegalStateException("feature computation out of step with the layout"); // a bug, not input
        }
        layout.computeGroups(v);
        baselines.applyTo(layout, modelKey, v);
        return new FeatureVector(layout, v);
    }

    /** The state in a compact binary form for keyed state or checkpoints (see {@link #fromBytes(byte[], FeatureConfig)}). */
    public byte[] toBytes() {
        var bytes = new ByteArrayOutputStream(4096);
        try (var out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT_VERSION);
            out.writeUTF(vin);
            out.writeUTF(modelKey);
            out.writeLong(seqs.highest());
            out.writeLong(seqs.seenBits());
            out.writeLong(lastEventMillis);
            out.writeByte(running);
            out.writeShort(channels.length);
            List<WindowSpec> windows = config.windows();
            for (ChannelState c : channels) {
                out.writeUTF(c.name);
                out.writeDouble(c.last);
                out.writeDouble(c.ewma);
                out.writeLong(c.ewmaMillis);
                out.writeByte(c.rings.length);
                for (int w = 0; w < c.rings.length; w++) {
                    out.writeUTF(windows.get(w).name());
                    c.rings[w].write(out);
                }
            }
            List<String> families = config.dtcFamilies().names();
            out.writeByte(families.size());
            for (int f = 0; f < families.size(); f++) {
                out.writeUTF(families.get(f));
                out.writeLong(lastDtcMillis[f]);
            }
            out.writeInt(previousDtcMask);
            out.writeByte(dtcRings.length);
            for (int w = 0; w < dtcRings.length; w++) {
                out.writeUTF(windows.get(w).name());
                dtcRings[w].write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory stream: cannot happen
        }
        return bytes.toByteArray();
    }

    /** Restores a state written by {@link #toBytes()} under the default configuration. */
    public static VehicleFeatureState fromBytes(byte[] bytes) {
        return fromBytes(bytes, FeatureConfig.defaults());
    }

    /**
     * Restores a state written by {@link #toBytes()}. Channels, windows and DTC families are matched by name, so a
     * state written under another configuration restores what both share and starts the rest empty.
     *
     * @throws IllegalArgumentException if the bytes are not a serialised state of a known format version
     */
    public static VehicleFeatureState fromBytes(byte[] bytes, FeatureConfig config) {
        try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int version = in.readUnsignedByte();
            if (version != FORMAT_VERSION) {
                throw new IllegalArgumentException("vehicle feature state: unknown format version " + version
                        + " (this build reads " + FORMAT_VERSION + ")");
            }
            var state = new VehicleFeatureState(in.readUTF(), in.readUTF(), config);
            long highest = in.readLong();
            state.seqs.restore(highest, in.readLong());
            state.lastEventMillis = in.readLong();
            state.running = in.readByte();
            Map<String, ChannelState> byName = new HashMap<>();
            for (ChannelState c : state.channels) {
                byName.put(c.name, c);
            }
            List<WindowSpec> windows = config.windows();
            int channelCount = in.readUnsignedShort();
            for (int i = 0; i < channelCount; i++) {
                ChannelState c = byName.get(in.readUTF());
                double last = in.readDouble();
                double ewma = in.readDouble();
                long ewmaMillis = in.readLong();
                if (c != null) {
                    c.last = last;
                    c.ewma = ewma;
                    c.ewmaMillis = ewmaMillis;
                }
                int rings = in.readUnsignedByte();
                for (int r = 0; r < rings; r++) {
                    int w = windowIndex(windows, in.readUTF());
                    BucketRing.read(in, c == null || w < 0 ? null : c.rings[w]);
                }
            }
            List<String> families = config.dtcFamilies().names();
            int familyCount = in.readUnsignedByte();
            boolean sameFamilies = familyCount == families.size();
            for (int f = 0; f < familyCount; f++) {
                String name = in.readUTF();
                long last = in.readLong();
                sameFamilies &= f < families.size() && families.get(f).equals(name);
                int mine = families.indexOf(name);
                if (mine >= 0) {
                    state.lastDtcMillis[mine] = last;
                }
            }
            int previousMask = in.readInt();
            state.previousDtcMask = sameFamilies ? previousMask : 0;
            int rings = in.readUnsignedByte();
            for (int r = 0; r < rings; r++) {
                int w = windowIndex(windows, in.readUTF());
                DtcRing.read(in, sameFamilies && w >= 0 ? state.dtcRings[w] : null);
            }
            return state;
        } catch (IOException e) {
            throw new IllegalArgumentException("vehicle feature state: truncated or corrupt (" + e + ")", e);
        }
    }

    private static int windowIndex(List<WindowSpec> windows, String name) {
        for (int w = 0; w < windows.size(); w++) {
            if (windows.get(w).name().equals(name)) {
                return w;
            }
        }
        return -1;
    }
}
