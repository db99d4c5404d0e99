package dev.pitwall.prediction.training;

import java.time.Duration;
import java.util.List;

/**
 * Labels one snapshot of one component from the ground truth.
 *
 * <ul>
 *   <li>Between a FAILURE and the REPAIR after it the component is broken, not about to break: the snapshot is
 *       {@link #INELIGIBLE} and used for nothing.</li>
 *   <li>Horizon label: {@link #FAILS} if a FAILURE follows within the horizon; {@link #CENSORED} if, before any
 *       failure, a SERVICE or REPAIR renews the part within the horizon (we cannot know whether it would have
 *       failed) or the data end within the horizon; {@link #SURVIVES} otherwise.</li>
 *   <li>RUL target, capped at {@code rulCap} (beyond it "not soon" is all the data can say): days to the next
 *       FAILURE of the same part instance; if the part is renewed or the data end first (right-censored), the cap
 *       when at least {@code rulCap} was observed failure-free, else unusable (NaN).</li>
 * </ul>
 */
public record LabelPolicy(Duration horizon, Duration rulCap) {

    public static final byte FAILS = 1;
    public static final byte SURVIVES = 0;
    public static final byte CENSORED = -1;
    public static final byte INELIGIBLE = -2;

    private static final double MILLIS_PER_DAY = 86_400_000.0;

    public LabelPolicy {
        if (horizon.isNegative() || horizon.isZero() || rulCap.compareTo(horizon) < 0) {
            throw new IllegalArgumentException("horizon must be positive and the RUL cap at least the horizon");
        }
    }

    public static LabelPolicy days(int horizonDays, int rulCapDays) {
        return new LabelPolicy(Duration.ofDays(horizonDays), Duration.ofDays(rulCapDays));
    }

    /** The label of a snapshot: {@code horizonLabel} one of the constants above, {@code rulDays} NaN when unusable. */
    public record Label(byte horizonLabel, double rulDays) {
        public boolean eligible() {
            return horizonLabel != INELIGIBLE;
        }
    }

    /**
     * @param events    this vehicle's events for one component, sorted by time (see {@link GroundTruthIndex})
     * @param dataEnd   epoch ms of the vehicle's last telemetry: nothing is known after it
     */
    public Label label(List<GroundTruthEvent> events, long snapshotMillis, long dataEnd) {
        GroundTruthEvent previous = null;
        GroundTruthEvent nextFailure = null;
        GroundTruthEvent nextRenewal = null;
        for (GroundTruthEvent e : events) {
            long t = e.time().toEpochMilli();
            if (t <= snapshotMillis) {
                previous = e;
            } else if (e.kind() == GroundTruthEvent.Kind.FAILURE) {
                if (nextFailure == null) {
                    nextFailure = e;
                }
            } else if (nextRenewal == null) {
                nextRenewal = e;
            }
            if (nextFailure != null && nextRenewal != null) {
                break;
            }
        }
        if (previous != null && previous.kind() == GroundTruthEvent.Kind.FAILURE) {
            return new Label(INELIGIBLE, Double.NaN);
        }
        long horizonEnd = snapshotMillis + horizon.toMillis();
        long failureAt = nextFailure == null ? Long.MAX_VALUE : nextFailure.time().toEpochMilli();
        long renewalAt = nextRenewal == null ? Long.MAX_VALUE : nextRenewal.time().toEpochMilli();
        byte horizonLabel;
        if (failureAt <= horizonEnd) {
            horizonLabel = FAILS;
        } else if (renewalAt <= horizonEnd || horizonEnd > dataEnd) {
            horizonLabel = CENSORED;
        } else {
            horizonLabel = SURVIVES;
        }
        double capDays = rulCap.toMillis() / MILLIS_PER_DAY;
        double rul;
        if (failureAt != Long.MAX_VALUE && failureAt <= renewalAt) {
            rul = Math.min(capDays, (failureAt - snapshotMillis) / MILLIS_PER_DAY);
        } else {
            long censoredAt = Math.min(renewalAt, dataEnd);
            rul = (censoredAt - snapshotMillis) / MILLIS_PER_DAY >= capDays ? capDays : Double.NaN;
        }
        return new Label(horizonLabel, rul);
    }
}
