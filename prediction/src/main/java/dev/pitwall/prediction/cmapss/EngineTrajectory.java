package dev.pitwall.prediction.cmapss;

import java.util.List;

/** The cycles of one engine in time order; in a training file the last cycle is the failure. */
public record EngineTrajectory(int unit, List<CmapssRow> rows) {

    public EngineTrajectory {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("engine " + unit + " has no cycles");
        }
        rows = List.copyOf(rows);
    }

    public int length() {
        return rows.size();
    }

    public int lastCycle() {
        return rows.get(rows.size() - 1).cycle();
    }

    /** The first {@code cycles} rows, as a test file would show an engine observed up to that point. */
    public EngineTrajectory truncatedTo(int cycles) {
        if (cycles < 1 || cycles > rows.size()) {
            throw new IllegalArgumentException("cannot truncate engine " + unit + " of " + rows.size()
                    + " cycles to " + cycles);
        }
        return new EngineTrajectory(unit, rows.subList(0, cycles));
    }
}
