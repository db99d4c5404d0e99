package dev.pitwall.prediction.features;

import dev.pitwall.core.telemetry.VssSignal;
import java.util.List;

/** The state of one signal in one scope: a bucket ring per window, the EWMA and the last value. */
final class ChannelState {
    final String name;
    final VssSignal signal;
    final SignalKind kind;
    final Scope scope;
    final BucketRing[] rings;
    double last = Double.NaN;
    double ewma = Double.NaN;
    long ewmaMillis = Long.MIN_VALUE;

    ChannelState(FeatureConfig.Channel channel, List<WindowSpec> windows) {
        this.name = channel.name();
        this.signal = channel.spec().signal();
        this.kind = channel.spec().kind();
        this.scope = channel.scope();
        this.rings = new BucketRing[windows.size()];
        for (int w = 0; w < rings.length; w++) {
            rings[w] = new BucketRing(windows.get(w));
        }
    }

    boolean scopeAccepts(byte runningNow, boolean engineStart) {
        return switch (scope) {
            case ALL -> true;
            case RUNNING -> runningNow == 1;
            case PARKED -> runningNow == 0;
            case ENGINE_START -> engineStart;
        };
    }

    /** Time-decayed EWMA: a sample's weight depends on the time since the previous one, so irregular sampling is fine. */
    void absorbInOrder(long time, double x, double tauMillis) {
        if (Double.isNaN(ewma)) {
            ewma = x;
        } else {
            double alpha = 1 - Math.exp(-(time - ewmaMillis) / tauMillis);
            ewma += alpha * (x - ewma);
        }
        ewmaMillis = time;
        last = x;
    }
}
