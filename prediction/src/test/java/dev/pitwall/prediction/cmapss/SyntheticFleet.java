package dev.pitwall.prediction.cmapss;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Small run-to-failure fleets shaped like FD001 (seven flat sensors, fourteen that drift up or down
 * before failure, noise on top), or like FD002 (the same flown at six operating conditions, which shift
 * every reading far more than wear does), for tests that need a model to learn something in a second.
 */
public final class SyntheticFleet {

    /** Sensors that never move in FD001 (0-based s1, s5, s10, s16, s18, s19), and s6 which toggles. */
    private static final int[] FLAT = {0, 4, 9, 15, 17, 18};
    private static final int TOGGLING = 5;

    private SyntheticFleet() {
    }

    /** The six flight conditions of FD002/FD004: altitude (kft), Mach, throttle resolver angle. */
    public static final double[][] SIX_CONDITIONS = {{0, 0, 100}, {10, 0.25, 100}, {20, 0.70, 100},
            {25, 0.62, 60}, {35, 0.84, 100}, {42, 0.84, 100}};

    /** A single-condition fleet, like FD001. */
    public static List<EngineTrajectory> engines(int count, long seed) {
        return engines(count, seed, new double[][] {{0, 0, 100}});
    }

    /** A fleet whose every cycle is flown at one of {@code conditions}, chosen at random. */
    public static List<EngineTrajectory> engines(int count, long seed, double[][] conditions) {
        Random random = new Random(seed);
        List<EngineTrajectory> engines = new ArrayList<>();
        for (int unit = 1; unit <= count; unit++) {
            int length = 80 + random.nextInt(120);
            double[] offset = new double[CmapssRow.SENSORS];
            for (int s = 0; s < offset.length; s++) {
                offset[s] = random.nextGaussian() * 0.3;
            }
            List<CmapssRow> rows = new ArrayList<>();
            for (int cycle = 1; cycle <= length; cycle++) {
                // Wear is invisible until ~100 cycles before failure, then grows quadratically.
                double wear = Math.pow(Math.max(0, cycle - (length - 100)) / 100.0, 2);
                int condition = random.nextInt(conditions.length);
                double[] centre = conditions[condition];
                double[] settings = {centre[0] + random.nextGaussian() * 0.002,
                        centre[1] + random.nextGaussian() * 0.0002, centre[2]};
                double[] sensors = new double[CmapssRow.SENSORS];
                for (int s = 0; s < sensors.length; s++) {
                    double direction = s % 2 == 0 ? 1 : -1;
                    sensors[s] = 100 + s + 30 * condition + offset[s] + direction * 4 * wear
                            + random.nextGaussian() * 0.5;
                }
                for (int s : FLAT) {
                    sensors[s] = 10 + s + 30 * condition;
                }
                sensors[TOGGLING] = random.nextBoolean() ? 21.60 : 21.61;
                rows.add(new CmapssRow(unit, cycle, settings, sensors));
            }
            engines.add(new EngineTrajectory(unit, rows));
        }
        return engines;
    }

    /** Writes engines in the NASA text format: unit, cycle, 3 settings, 21 sensors, space-separated. */
    public static void write(Path file, List<EngineTrajectory> engines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (EngineTrajectory engine : engines) {
            for (CmapssRow row : engine.rows()) {
                text.append(row.unit()).append(' ').append(row.cycle());
                for (double v : row.settings()) {
                    text.append(String.format(Locale.ROOT, " %.4f", v));
                }
                for (double v : row.sensors()) {
                    text.append(String.format(Locale.ROOT, " %.4f", v));
                }
                text.append(" \n");
            }
        }
        Files.writeString(file, text);
    }
}
