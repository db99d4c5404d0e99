package dev.pitwall.simulator.scenario;

import java.time.Duration;
import java.util.Locale;

/**
 * How fast a scenario is published: as fast as the broker acknowledges ({@code asap}), in real time, or a factor of
 * simulated seconds per real second ({@code 60} = a simulated minute per second).
 *
 * @param factor simulated seconds per real second; 0 = as fast as possible
 */
public record Pace(double factor) {

    public static final Pace ASAP = new Pace(0);
    public static final Pace REALTIME = new Pace(1);
    /** Above this a factor is as good as asap, and below 1e-6 a scenario would never finish. */
    private static final double MAX_FACTOR = 1e9;
    private static final double MIN_FACTOR = 1e-6;

    public Pace {
        if (!(factor == 0 || (factor >= MIN_FACTOR && factor <= MAX_FACTOR))) {
            throw new IllegalArgumentException("--pace: expected asap, realtime or a factor 0.000001..1000000000, got " + factor);
        }
    }

    /** {@code asap}, {@code realtime} or a positive number, as typed on the command line. */
    public static Pace parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("asap")) {
            return ASAP;
        }
        if (t.equals("realtime")) {
            return REALTIME;
        }
        double factor;
        try {
            factor = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--pace: expected asap, realtime or a factor such as 60 (simulated seconds"
                    + " per real second), got '" + text + "'");
        }
        if (!(factor > 0)) {
            throw new IllegalArgumentException("--pace: expected a factor above 0 (or asap), got '" + text + "'");
        }
        return new Pace(factor);
    }

    public boolean asap() {
        return factor == 0;
    }

    /** Real time from the start of publishing until a message {@code sinceStart} of event time after the scenario's start is due. */
    public long dueAfterNanos(Duration sinceStart) {
        if (asap()) {
            return 0;
        }
        return (long) (sinceStart.toNanos() / factor);
    }

    @Override
    public String toString() {
        return asap() ? "asap" : factor == 1 ? "realtime" : factor + "x";
    }
}
