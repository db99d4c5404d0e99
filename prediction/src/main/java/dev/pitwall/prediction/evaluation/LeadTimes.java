package dev.pitwall.prediction.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * How early alarms come before failures. For each failure with at least one scored day in the horizon before it:
 * detected if the alarm is on on any of those days; the lead time is measured from the start of the alarm episode
 * that reaches the failure, an episode being alarm days that recur with at most {@link #MAX_GAP_DAYS} quiet days
 * between them (an alarm that flickers on and off is one warning, not many).
 */
public final class LeadTimes {

    public static final int MAX_GAP_DAYS = 2;
    private static final double MILLIS_PER_DAY = 86_400_000.0;

    private LeadTimes() {
    }

    /** One failure's outcome: {@code leadDays} NaN when missed. */
    public record Outcome(boolean detected, double leadDays) {
    }

    /**
     * @param times       the vehicle's scored days before the failure (since the part was last renewed), ascending
     * @param alarms      the alarm on each of those days
     * @param failureMillis when the part failed
     * @param horizonMillis the prediction horizon
     * @return null if no scored day lies within the horizon before the failure (nothing could have been detected)
     */
    public static Outcome of(long[] times, boolean[] alarms, long failureMillis, long horizonMillis) {
        int last = -1;
        boolean covered = false;
        for (int i = times.length - 1; i >= 0; i--) {
            if (times[i] >= failureMillis) {
                continue;
            }
            if (times[i] > failureMillis - horizonMillis) {
                covered = true;
                if (alarms[i] && last < 0) {
                    last = i;
                }
            }
        }
        if (!covered) {
            return null;
        }
        if (last < 0) {
            return new Outcome(false, Double.NaN);
        }
        long episodeStart = times[last];
        long maxGap = (long) ((MAX_GAP_DAYS + 1) * MILLIS_PER_DAY);
        for (int i = last - 1; i >= 0; i--) {
            if (episodeStart - times[i] > maxGap) {
                break;
            }
            if (alarms[i]) {
                episodeStart = times[i];
            }
        }
        return new Outcome(true, (failureMillis - episodeStart) / MILLIS_PER_DAY);
    }

    /** The lead times of the detected outcomes. */
    public static double[] leadDays(List<Outcome> outcomes) {
        List<Double> days = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.detected()) {
                days.add(o.leadDays());
            }
        }
        return days.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
