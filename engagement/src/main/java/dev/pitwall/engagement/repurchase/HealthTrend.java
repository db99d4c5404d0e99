package dev.pitwall.engagement.repurchase;

import java.time.Duration;
import java.time.Instant;

/**
 * How the health score moved over a window ending at the vehicle's newest message: from the score at the window's
 * start (or the oldest one inside it, when the history is shorter) to today's.
 *
 * @param days the days the change covers, at most the window
 */
public record HealthTrend(int fromScore, int toScore, int days) {

    /**
     * The trend from {@code fromScore}, in force since {@code fromTime}, to {@code toScore} at {@code toTime}. A
     * score written before the window began still held at its start (the health history is written on every
     * change), so the change then covers the whole window.
     */
    public static HealthTrend of(int fromScore, Instant fromTime, int toScore, Instant toTime, Duration window) {
        Duration covered = Duration.between(fromTime, toTime);
        Duration days = covered.compareTo(window) > 0 ? window : covered;
        return new HealthTrend(fromScore, toScore, (int) Math.max(0, days.toDays()));
    }

    /** Today's score minus the earlier one: negative when health declined. */
    public int change() {
        return toScore - fromScore;
    }
}
