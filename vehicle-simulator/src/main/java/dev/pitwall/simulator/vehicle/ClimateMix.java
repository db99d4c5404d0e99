package dev.pitwall.simulator.vehicle;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The share of the fleet living in each {@link ClimateZone}, e.g. {@code cold=1,temperate=2,hot=1}. Positions stay
 * in the configured region for every vehicle (the geo features look there); the climate is the temperature the
 * car lives with.
 */
public record ClimateMix(double cold, double temperate, double hot) {

    public static final String DEFAULT_TEXT = "cold=1,temperate=2,hot=1";
    public static final ClimateMix DEFAULT = new ClimateMix(1, 2, 1);

    public ClimateMix {
        if (!(cold >= 0 && temperate >= 0 && hot >= 0) || !(cold + temperate + hot > 0)
                || !Double.isFinite(cold + temperate + hot)) {
            throw new IllegalArgumentException("--climate-mix: expected weights >= 0 with a positive sum, got "
                    + cold + "," + temperate + "," + hot);
        }
    }

    /** Reads {@code cold=1,temperate=2,hot=1}; a zone left out gets weight 0. */
    public static ClimateMix parse(String text) {
        Map<ClimateZone, Double> weights = new EnumMap<>(ClimateZone.class);
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("--climate-mix: expected zone=weight pairs such as " + DEFAULT_TEXT + ", got ''");
        }
        for (String part : t.split(",")) {
            String[] kv = part.split("=", 2);
            ClimateZone zone;
            double weight;
            try {
                zone = ClimateZone.valueOf(kv[0].trim().toUpperCase(Locale.ROOT));
                weight = Double.parseDouble(kv.length == 2 ? kv[1].trim() : "");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--climate-mix: expected zone=weight pairs with zones cold, temperate, hot"
                        + " (e.g. " + DEFAULT_TEXT + "), got '" + part.trim() + "' in '" + text + "'");
            }
            if (weights.put(zone, weight) != null) {
                throw new IllegalArgumentException("--climate-mix: zone " + kv[0].trim() + " given twice in '" + text + "'");
            }
        }
        return new ClimateMix(weights.getOrDefault(ClimateZone.COLD, 0.0), weights.getOrDefault(ClimateZone.TEMPERATE, 0.0),
                weights.getOrDefault(ClimateZone.HOT, 0.0));
    }

    /** Every vehicle in one zone. */
    public static ClimateMix only(ClimateZone zone) {
        return new ClimateMix(zone == ClimateZone.COLD ? 1 : 0, zone == ClimateZone.TEMPERATE ? 1 : 0, zone == ClimateZone.HOT ? 1 : 0);
    }

    ClimateZone pick(SplittableRandom random) {
        double r = random.nextDouble() * (cold + temperate + hot);
        if (r < cold) {
            return ClimateZone.COLD;
        }
        return r < cold + temperate ? ClimateZone.TEMPERATE : ClimateZone.HOT;
    }

    @Override
    public String toString() {
        return "cold=" + format(cold) + ",temperate=" + format(temperate) + ",hot=" + format(hot);
    }

    private static String format(double w) {
        return w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w);
    }
}
