package dev.pitwall.core.alarm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The one-sentence evidence of each alarm transition, as people read it in the API and on the topic. */
final class AlarmDetails {

    private AlarmDetails() {
    }

    static String offlineRaised(Instant lastMessage, Duration silence) {
        return "no telemetry since " + lastMessage + " (" + duration(silence) + " of event time)";
    }

    static String offlineCleared(Instant lastMessage, Instant back) {
        return "telemetry again at " + back + " after " + duration(Duration.between(lastMessage, back))
                + " of silence";
    }

    static String dtcRaised(String code, Instant since, Duration active) {
        return code + " active since " + since + " (" + duration(active) + ")";
    }

    static String dtcCleared(String code, Instant since, Instant gone) {
        return code + " no longer reported at " + gone + ", after " + duration(Duration.between(since, gone))
                + " active";
    }

    static String batteryRaised(double volts, double threshold, Boolean engineRunning, Instant since, Duration low) {
        String engine = engineRunning == null ? "no engine running reported" : "the engine off";
        return "12 V battery " + volts(volts) + " V < " + volts(threshold) + " V with " + engine + " since " + since
                + " (" + duration(low) + ")";
    }

    static String batteryCleared(Double volts, double threshold, boolean engineRunning, Instant since, Instant end) {
        String cause = engineRunning
                ? "engine running at " + end
                : "12 V battery " + volts(volts) + " V >= " + volts(threshold) + " V at " + end;
        return cause + ", after " + duration(Duration.between(since, end)) + " low at rest";
    }

    /** {@code 10 min}, {@code 1 h 5 min}, {@code 2 d 3 h}, {@code 45 s}; whole seconds, zero parts left out. */
    static String duration(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds == 0) {
            return "0 s";
        }
        List<String> parts = new ArrayList<>(4);
        add(parts, seconds / 86_400, "d");
        add(parts, seconds % 86_400 / 3_600, "h");
        add(parts, seconds % 3_600 / 60, "min");
        add(parts, seconds % 60, "s");
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, long amount, String unit) {
        if (amount > 0) {
            parts.add(amount + " " + unit);
        }
    }

    /** At most two decimals, no trailing zeros: {@code 11.6}, {@code 11.75}, {@code 12}. */
    static String volts(double volts) {
        return BigDecimal.valueOf(volts).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
